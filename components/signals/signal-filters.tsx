import Link from "next/link";
import type { TSignalFilter } from "@/lib/schemas/signal";

type TOption = { value: string; label: string };
const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

const statusOptions: TOption[] = [
  { value: "open", label: "Chưa xử lý xong (chưa giải trình hoặc chờ xem xét)" },
  { value: "answered", label: "Đã giải trình, chờ lãnh đạo xem xét" },
  { value: "all", label: "Tất cả, kể cả đã xem xét" },
];

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function SignalFilters({ f, kinds, people, units }: { f: TSignalFilter; kinds: TOption[]; people?: TOption[]; units?: TOption[] }) {
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Lọc cảnh báo">
      {units && <Select id="sig-unit" name="unitId" label="Đơn vị" value={f.unitId} options={units} />}
      {people && <Select id="sig-person" name="personId" label="Người được cảnh báo" value={f.personId} options={people} />}
      <Select id="sig-kind" name="kind" label="Loại cảnh báo" value={f.kind} options={kinds} />
      <div>
        <label htmlFor="sig-status" className="text-sm font-medium">Tình trạng giải trình</label>
        <select id="sig-status" name="status" defaultValue={f.status} className={field}>
          {statusOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">Lọc</button>
        <Link href="/signals" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">Bỏ lọc</Link>
      </div>
    </form>
  );
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value?: string; options: TOption[] }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">Tất cả</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
