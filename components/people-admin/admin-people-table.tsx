import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { tableFrame } from "@/components/ui/table-frame";
import type { TPositionName, TRoleName } from "@/lib/schemas/people-roles";

export type TAdminPersonRow = {
  id: string;
  name: string;
  email: string;
  employeeCode: string | null;
  title: string | null;
  position: TPositionName;
  roles: TRoleName[];
  isActive: boolean;
  unit: { name: string };
};

/** People as the administration lists them; each name links to the person's administration page. */
export async function AdminPeopleTable({ rows }: { rows: readonly TAdminPersonRow[] }) {
  const t = await getTranslations("peopleAdmin");
  const th = "px-3 py-2";
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="admin-people-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t("column.name")}
            </th>
            <th scope="col" className={th}>
              {t("column.code")}
            </th>
            <th scope="col" className={th}>
              {t("column.unit")}
            </th>
            <th scope="col" className={th}>
              {t("column.roles")}
            </th>
            <th scope="col" className={th}>
              {t("column.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <td className={th}>
                <Link href={`/admin/people/${p.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {p.name}
                </Link>
                <div className="text-xs text-slate-500">{p.email}</div>
              </td>
              <td className={`${th} font-mono text-xs`}>{p.employeeCode ?? "—"}</td>
              <td className={th}>
                {p.unit.name}
                <div className="text-xs text-slate-500">{p.title ?? t(`form.positionOption.${p.position}`)}</div>
              </td>
              <td className={th}>{p.roles.map((r) => t(`form.roleOption.${r}`)).join(", ")}</td>
              <td className={th}>{p.isActive ? t("status.active") : t("status.inactive")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
