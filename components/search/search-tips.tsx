import { useTranslations } from "next-intl";

/** What to try when nothing matched: the reasons a search comes back empty, in the order they usually occur. */
export function SearchTips({ hasFilters }: { hasFilters: boolean }) {
  const t = useTranslations("search.tips");
  return (
    <ul className="mt-2 list-disc space-y-0.5 pl-5 text-left text-sm text-slate-500 sm:inline-block">
      <li>{t("fewerWords")}</li>
      <li>{t("byNumber")}</li>
      {hasFilters && <li>{t("fewerFilters")}</li>}
      <li>{t("scope")}</li>
    </ul>
  );
}
