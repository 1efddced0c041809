import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { tableFrame } from "@/components/ui/table-frame";
import type { TReportSheet } from "@/lib/domain/imports/import-report";

const PAGE = 50;
type TShow = "errors" | "changes" | "all";

/**
 * One sheet's rows in a report: the errors first (by default, when there are any), each with
 * its row, column and reason, as the person will look for them in Excel; then the changes; or
 * every row. Fifty rows a page: a 20,000-row file's report stays a page one can read.
 */
export async function ImportReportRows({
  importId,
  sheet,
  show,
  page,
}: {
  importId: string;
  sheet: TReportSheet;
  show: TShow | undefined;
  page: number;
}) {
  const t = await getTranslations("imports");
  const hasErrors = sheet.counts.ERROR > 0;
  const shown: TShow = show ?? (hasErrors ? "errors" : "changes");
  const rows = sheet.rows.filter((r) =>
    shown === "errors" ? r.fate === "ERROR" : shown === "changes" ? r.fate === "NEW" || r.fate === "CHANGED" : true,
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE));
  const at = Math.min(page, pageCount);
  const href = (s: TShow, p = 1) => `/admin/imports/${importId}?sheet=${sheet.key}&show=${s}&page=${p}`;
  return (
    <Section title={sheet.name} count={sheet.rows.length} testId={`import-sheet-${sheet.key}`}>
      <nav aria-label={t("filterLabel", { sheet: sheet.name })} className="mb-3 flex gap-3 text-sm">
        {(["errors", "changes", "all"] as const).map((s) => (
          <Link
            key={s}
            href={href(s)}
            aria-current={s === shown ? "page" : undefined}
            className={s === shown ? "font-semibold text-slate-900" : "text-brand-700 underline"}
          >
            {t(`show.${s}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t(`showEmpty.${shown}`)}</p>
      ) : (
        <div className={tableFrame}>
          <table className="w-full text-sm">
            <caption className="sr-only">{sheet.name}</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th className="px-3 py-2">{t("column.row")}</th>
                <th className="px-3 py-2">{t("column.key")}</th>
                <th className="px-3 py-2">{t("column.fate")}</th>
                <th className="px-3 py-2">{t("column.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice((at - 1) * PAGE, at * PAGE).map((r) => (
                <tr
                  key={r.row}
                  className="border-t border-slate-100 align-top"
                  data-testid={`import-row-${sheet.key}-${r.row}`}
                >
                  <td className="px-3 py-2 tabular-nums">{r.row}</td>
                  <td className="px-3 py-2 font-mono">{r.key}</td>
                  <td className="px-3 py-2">{t(`fate.${r.fate}`)}</td>
                  <td className="px-3 py-2">
                    {r.errors.length > 0 ? (
                      <ul className="space-y-1 text-red-800">
                        {r.errors.map((e, i) => (
                          <li key={i}>
                            <span className="font-mono font-medium">
                              {t("errorPlace", { column: e.column, row: r.row })}
                            </span>{" "}
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    ) : r.changed.length > 0 ? (
                      t("changedFields", { fields: r.changed.join(", ") })
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={at} pageCount={pageCount} hrefFor={(p) => href(shown, p)} />
    </Section>
  );
}
