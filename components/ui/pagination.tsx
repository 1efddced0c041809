import Link from "next/link";
import { useTranslations } from "next-intl";

/** Page links that keep the other query parameters; rendered only when there is more than one page. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("ui");
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-2">
      {page > 1 ? (
        <Link className={link} href={hrefFor(page - 1)} rel="prev">
          {t("previousPage")}
        </Link>
      ) : null}
      <span className="text-sm text-slate-600">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={link} href={hrefFor(page + 1)} rel="next">
          {t("nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
