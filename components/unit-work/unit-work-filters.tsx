import Link from "next/link";
import { DateField } from "@/components/ui/date-field";
import type { TUnitWorkFilter } from "@/lib/schemas/unit-work-filter";

type TOption = { value: string; label: string };
const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function UnitWorkFilters({ f, directives, people }: { f: TUnitWorkFilter; directives: TOption[]; people: TOption[] }) {
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Lọc khâu">
      <div>
        <label htmlFor="flt-directive" className="text-sm font-medium">Văn bản</label>
        <select id="flt-directive" name="directive" defaultValue={f.directive ?? ""} className={field}>
          <option value="">Tất cả</option>
          {directives.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="flt-person" className="text-sm font-medium">Người chịu trách nhiệm</label>
        <select id="flt-person" name="person" defaultValue={f.person ?? ""} className={field}>
          <option value="">Tất cả</option>
          {people.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="flt-state" className="text-sm font-medium">Tình trạng</label>
        <select id="flt-state" name="state" defaultValue={f.state ?? ""} className={field}>
          <option value="">Tất cả</option>
          <option value="OVERDUE">Quá hạn</option>
          <option value="DUE_SOON">Sắp đến hạn</option>
          <option value="IN_TIME">Trong hạn</option>
          <option value="RETURNED">Bị trả lại</option>
        </select>
      </div>
      <div>
        <label htmlFor="flt-from" className="text-sm font-medium">Hạn từ ngày</label>
        <DateField id="flt-from" name="from" defaultValue={f.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="flt-to" className="text-sm font-medium">đến ngày</label>
        <DateField id="flt-to" name="to" defaultValue={f.to ?? ""} className={field} />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">Lọc</button>
        <Link href="/unit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">Bỏ lọc</Link>
      </div>
    </form>
  );
}
