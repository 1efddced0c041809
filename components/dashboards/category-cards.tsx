import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { reportCategories, type TReportCategory, type TRollupRow } from "@/lib/domain/rollups";
import { formatAverage, formatRate } from "./format-rate";
import { categoryTone } from "./labels";

/**
 * The four categories of a government task report as cards, each number a link to the list
 * behind it; then the total, the on-time rate and the average lateness.
 */
export function CategoryCards({
  row,
  level,
  hrefFor,
  totalHref,
}: {
  row: TRollupRow;
  level: "step" | "task";
  hrefFor: (category: TReportCategory) => string;
  totalHref: string;
}) {
  const t = useTranslations("dashboard.cards");
  const tCategory = useTranslations("enums.reportCategory");
  const locale = useLocale();
  return (
    <div className="mb-8">
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="category-cards">
        {reportCategories.map((c) => (
          <li key={c}>
            <Link
              href={hrefFor(c)}
              className={`block rounded-lg bg-white p-4 ring-1 ${categoryTone[c].ring} hover:bg-slate-50`}
              data-testid={`card-${c}`}
            >
              <span className="block text-sm text-slate-600">{tCategory(c)}</span>
              <span className={`block text-3xl font-semibold tabular-nums ${categoryTone[c].text}`}>
                {row.categories[c]}
              </span>
              <span className="block text-xs text-slate-500">{t("unit", { level })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("total", { level })}</dt>
          <dd>
            <Link href={totalHref} className="font-semibold tabular-nums text-brand-700 hover:underline">
              {row.total}
            </Link>
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("onTimeRate")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="on-time-rate">
            {formatRate(row.onTimeRate, locale)}
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("averageLate")}</dt>
          <dd className="font-semibold tabular-nums">
            {row.averageWorkingDaysLate === null
              ? "—"
              : t("workingDays", {
                  days: formatAverage(row.averageWorkingDaysLate, locale),
                  count: row.averageWorkingDaysLate,
                })}
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("extended")}</dt>
          <dd className="font-semibold tabular-nums">{row.extended}</dd>
        </div>
      </dl>
    </div>
  );
}
