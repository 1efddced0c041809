import Link from "next/link";
import { useTranslations } from "next-intl";

export type TChartColumn<K extends string> = { key: K; label: string };

/**
 * The numbers behind a chart as a table, folded under a <details> so that a screen reader,
 * a keyboard user or anyone who wants exact figures has them; cells link when `hrefFor` says.
 */
export function ChartDataTable<K extends string, R extends { [P in K]: number }>({
  caption,
  rowHeader,
  columns,
  rows,
  rowLabel,
  hrefFor,
}: {
  caption: string;
  rowHeader: string;
  columns: TChartColumn<K>[];
  rows: R[];
  rowLabel: (row: R) => string;
  hrefFor?: (row: R, key: K) => string | null;
}) {
  const t = useTranslations("charts");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">{t("showTable")}</summary>
      <table className="mt-2 w-full text-left" data-testid="chart-data-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-1">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-1 text-right">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowLabel(r)} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-1 font-normal">
                {rowLabel(r)}
              </th>
              {columns.map((c) => {
                const href = hrefFor?.(r, c.key);
                return (
                  <td key={c.key} className="px-3 py-1 text-right tabular-nums">
                    {href && r[c.key] > 0 ? (
                      <Link href={href} className="text-brand-700 hover:underline">
                        {r[c.key]}
                      </Link>
                    ) : (
                      r[c.key]
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
