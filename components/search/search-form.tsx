import { useTranslations } from "next-intl";

type TOption = { id: string; name: string };

/**
 * The search form is a plain GET form: results are a URL that can be bookmarked and shared,
 * and it works without JavaScript. Changing the unit and searching again lists its people.
 */
export function SearchForm({
  q,
  unitId,
  personId,
  units,
  people,
  personHint,
}: {
  q: string;
  unitId: string | null;
  personId: string | null;
  units: (TOption & { depth: number })[];
  people: (TOption & { unit: { name: string } })[];
  personHint: string | null;
}) {
  const t = useTranslations("search.form");
  const input = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600";
  return (
    <form
      method="get"
      action="/search"
      role="search"
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end"
    >
      <div>
        <label htmlFor="search-q" className="block text-sm font-medium">
          {t("query")}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={q} placeholder={t("placeholder")} className={input} />
      </div>
      <div>
        <label htmlFor="search-unit" className="block text-sm font-medium">
          {t("unit")}
        </label>
        <select id="search-unit" name="unit" defaultValue={unitId ?? ""} className={input}>
          <option value="">{t("allUnits")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {"\u00a0\u00a0\u00a0".repeat(u.depth)}
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="search-person" className="block text-sm font-medium">
          {t("person")}
        </label>
        <select
          id="search-person"
          name="person"
          defaultValue={personId ?? ""}
          className={input}
          aria-describedby={personHint ? "search-person-hint" : undefined}
        >
          <option value="">{t("anyone")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} — {p.unit.name}
            </option>
          ))}
        </select>
        {personHint && (
          <p id="search-person-hint" className="mt-1 text-xs text-slate-500">
            {personHint}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("submit")}
      </button>
    </form>
  );
}
