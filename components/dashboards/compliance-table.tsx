import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Sparkline } from "@/components/charts/sparkline";
import type { TTrendPoint } from "@/components/charts/trend-chart";
import { reportCategories, type TReportCategory, type TRollupRow } from "@/lib/domain/rollups";
import type { TComplianceSortKey } from "@/lib/schemas/dashboard";
import { formatRate } from "./format-rate";
import { SortHeader } from "./sort-header";
import { tableFrame } from "@/components/ui/table-frame";

type TUnitRow = {
  unit: { id: string; name: string; code: string };
  hasChildren: boolean;
  row: TRollupRow;
  escalations: number;
  trend: TTrendPoint[];
};
type TLinks = {
  sortHref: (key: TComplianceSortKey, dir: "asc" | "desc") => string;
  drillHref: (unitId: string) => string;
  dashboardHref: (unitId: string) => string;
  listHref: (unitId: string, extra: { category?: TReportCategory; show?: "signals"; own?: "1" }) => string;
};

const defaultDir = (key: TComplianceSortKey) => (key === "name" || key === "onTimeRate" ? "asc" : "desc");

function Cells({
  id,
  row,
  escalations,
  links,
  own,
}: {
  id: string;
  row: TRollupRow;
  escalations: number;
  links: TLinks;
  own?: boolean;
}) {
  const extra = own ? { own: "1" as const } : {};
  const locale = useLocale();
  return (
    <>
      <td className="px-3 py-2 text-right tabular-nums">{formatRate(row.onTimeRate, locale)}</td>
      {reportCategories.map((c) => (
        <td
          key={c}
          className={`px-3 py-2 text-right tabular-nums ${c === "OVERDUE" && row.categories[c] ? "font-semibold text-red-700" : ""}`}
        >
          <Link className="hover:underline" href={links.listHref(id, { category: c, ...extra })}>
            {row.categories[c]}
          </Link>
        </td>
      ))}
      <td className="px-3 py-2 text-right tabular-nums">
        <Link className="hover:underline" href={links.listHref(id, { show: "signals", ...extra })}>
          {row.signalTotal}
        </Link>
      </td>
      <td className="px-3 py-2 text-right tabular-nums">
        {own ? (
          escalations
        ) : (
          <Link className="hover:underline" href={links.dashboardHref(id)}>
            {escalations}
          </Link>
        )}
      </td>
    </>
  );
}

/** Units side by side, sortable by every column, each number linking to what is behind it. */
export function ComplianceTable({
  rows,
  own,
  total,
  parent,
  sort,
  dir,
  links,
}: {
  rows: TUnitRow[];
  own: { row: TRollupRow; escalationsOwn: number };
  total: { row: TRollupRow; escalations: number };
  parent: { id: string; name: string };
  sort: TComplianceSortKey;
  dir: "asc" | "desc";
  links: TLinks;
}) {
  const t = useTranslations("dashboard.compliance");
  const header = (key: TComplianceSortKey, label: string, align?: "left") => (
    <SortHeader
      key={key}
      label={label}
      align={align}
      active={sort === key}
      dir={dir}
      href={links.sortHref(key, sort === key ? (dir === "asc" ? "desc" : "asc") : defaultDir(key))}
    />
  );
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="compliance-table">
        <caption className="sr-only">{t("caption", { unit: parent.name })}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {header("name", t("unit"), "left")}
            {header("onTimeRate", t("onTimeRate"))}
            {reportCategories.map((c) => header(c, t(`short.${c}`)))}
            {header("signals", t("signals"))}
            {header("escalations", t("escalations"))}
            <th scope="col" className="px-3 py-2">
              {t("trend")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit.id} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 font-medium">
                {r.hasChildren ? (
                  <Link href={links.drillHref(r.unit.id)} className="text-brand-700 underline">
                    {r.unit.name}
                  </Link>
                ) : (
                  r.unit.name
                )}
                <Link
                  href={links.drillHref(r.unit.id)}
                  className="ml-2 text-xs font-normal text-slate-500 hover:underline"
                >
                  {r.hasChildren ? t("drillUnits") : t("drillPeople")}
                </Link>
              </th>
              <Cells id={r.unit.id} row={r.row} escalations={r.escalations} links={links} />
              <td className="px-3 py-2">
                <Sparkline data={r.trend} />
              </td>
            </tr>
          ))}
          <tr className="border-t border-slate-200 text-slate-600">
            <th scope="row" className="px-3 py-2 font-normal italic">
              {t("own", { unit: parent.name })}
            </th>
            <Cells id={parent.id} row={own.row} escalations={own.escalationsOwn} links={links} own />
            <td />
          </tr>
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              {t("total")}
            </th>
            <Cells id={parent.id} row={total.row} escalations={total.escalations} links={links} />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
