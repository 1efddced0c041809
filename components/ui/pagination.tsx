import Link from "next/link";

/** Page links that keep the other query parameters; rendered only when there is more than one page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center gap-2">
      {page > 1 ? <Link className={link} href={hrefFor(page - 1)} rel="prev">← Trang trước</Link> : null}
      <span className="text-sm text-slate-600">Trang {page}/{pageCount}</span>
      {page < pageCount ? <Link className={link} href={hrefFor(page + 1)} rel="next">Trang sau →</Link> : null}
    </nav>
  );
}
