import { useTranslations } from "next-intl";

/** A plain GET form, so searching works without JavaScript and the URL can be shared. */
export function DirectiveSearchForm({ q }: { q: string }) {
  const t = useTranslations("directives.search");
  return (
    <form method="get" action="/directives" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <label htmlFor="directive-q" className="block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id="directive-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("placeholder")}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600"
        />
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
