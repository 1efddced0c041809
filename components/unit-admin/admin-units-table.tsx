import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { tableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/domain/format";
import type { TUnitLevel } from "@/lib/schemas/unit-levels";

export type TAdminUnitRow = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: TUnitLevel;
  depth: number;
  closedAt: Date | null;
  successorName: string | null;
  people: number;
};

/** The unit tree as a table, indented by depth; each row links to the unit's administration page. */
export async function AdminUnitsTable({ rows }: { rows: readonly TAdminUnitRow[] }) {
  const t = await getTranslations("unitAdmin");
  const th = "px-3 py-2";
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="admin-units-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t("column.code")}
            </th>
            <th scope="col" className={th}>
              {t("column.name")}
            </th>
            <th scope="col" className={th}>
              {t("column.level")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("column.people")}
            </th>
            <th scope="col" className={th}>
              {t("column.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} className="border-t border-slate-200">
              <td className={`${th} font-mono text-xs`}>{u.code}</td>
              <td className={th} style={{ paddingLeft: `${0.75 + u.depth * 1.25}rem` }}>
                <Link href={`/admin/units/${u.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {u.name}
                </Link>
              </td>
              <td className={th}>{t(`level.${u.level}`)}</td>
              <td className={`${th} text-right tabular-nums`}>{u.people}</td>
              <td className={th}>
                {u.closedAt
                  ? u.successorName
                    ? t("status.merged", { date: formatDate(u.closedAt), successor: u.successorName })
                    : t("status.closed", { date: formatDate(u.closedAt) })
                  : t("status.open")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
