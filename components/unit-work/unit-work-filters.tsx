import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import type { TUnitWorkFilter } from "@/lib/schemas/unit-work-filter";

type TOption = { value: string; label: string };
const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function UnitWorkFilters({
  f,
  directives,
  people,
}: {
  f: TUnitWorkFilter;
  directives: TOption[];
  people: TOption[];
}) {
  const t = useTranslations("unitWork.filter");
  return (
    <form
      method="get"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
      aria-label={t("label")}
    >
      <div>
        <label htmlFor="flt-directive" className="text-sm font-medium">
          {t("directive")}
        </label>
        <select id="flt-directive" name="directive" defaultValue={f.directive ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {directives.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="flt-person" className="text-sm font-medium">
          {t("person")}
        </label>
        <select id="flt-person" name="person" defaultValue={f.person ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="flt-state" className="text-sm font-medium">
          {t("state")}
        </label>
        <select id="flt-state" name="state" defaultValue={f.state ?? ""} className={field}>
          <option value="">{t("all")}</option>
          <option value="OVERDUE">{t("overdue")}</option>
          <option value="DUE_SOON">{t("dueSoon")}</option>
          <option value="IN_TIME">{t("inTime")}</option>
          <option value="RETURNED">{t("returned")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="flt-from" className="text-sm font-medium">
          {t("from")}
        </label>
        <DateField id="flt-from" name="from" defaultValue={f.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="flt-to" className="text-sm font-medium">
          {t("to")}
        </label>
        <DateField id="flt-to" name="to" defaultValue={f.to ?? ""} className={field} />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">
          {t("submit")}
        </button>
        <Link href="/unit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
