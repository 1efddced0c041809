import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TDecisionListQuery } from "@/lib/schemas/decision-query";

type TOption = { value: string; label: string };
const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function DecisionFilters({
  q,
  kinds,
  units,
  people,
}: {
  q: TDecisionListQuery;
  kinds: TOption[];
  units?: TOption[];
  people?: TOption[];
}) {
  const t = useTranslations("decisions.filter");
  const all = t("all");
  const select = (id: string, name: string, label: string, value: string | undefined, options: TOption[]) => (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/decisions"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={t("label")}
    >
      {units && select("dec-unit", "unit", t("unit"), q.unit, units)}
      {people && select("dec-person", "person", t("person"), q.person, people)}
      {select("dec-kind", "kind", t("kind"), q.kind, kinds)}
      <div>
        <label htmlFor="dec-period" className="text-sm font-medium">
          {t("period")}
        </label>
        <input
          id="dec-period"
          name="period"
          defaultValue={q.period ?? ""}
          placeholder={t("periodPlaceholder")}
          className={field}
        />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">
          {t("submit")}
        </button>
        <Link href="/decisions" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
