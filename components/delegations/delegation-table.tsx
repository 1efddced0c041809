import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { tableFrame } from "@/components/ui/table-frame";
import { RevokeDelegationButton } from "./revoke-delegation-button";

export type TDelegationRow = {
  id: string;
  principalName: string;
  deputyName: string;
  scope: "STEPS" | "HEAD_DECISIONS";
  from: string;
  to: string;
  /** Live, upcoming, ended, or the day it was revoked. */
  status: { kind: "live" | "upcoming" | "ended" } | { kind: "revoked"; date: string };
  createdByName: string;
  reason: string | null;
  canRevoke: boolean;
};

/** Delegations as a table (dates formatted by the page), with a revoke button on those still to run. */
export function DelegationTable({ rows }: { rows: TDelegationRow[] }) {
  const t = useTranslations("delegations");
  const tScope = useTranslations("enums.delegationScope");
  if (rows.length === 0) return <EmptyState title={t("none")} />;
  return (
    <div className={tableFrame}>
      <table className="w-full text-sm" data-testid="delegation-table">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th className="px-3 py-2 font-medium">{t("principal")}</th>
            <th className="px-3 py-2 font-medium">{t("deputy")}</th>
            <th className="px-3 py-2 font-medium">{t("scope")}</th>
            <th className="px-3 py-2 font-medium">{t("period")}</th>
            <th className="px-3 py-2 font-medium">{t("status")}</th>
            <th className="px-3 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="delegation-row">
              <td className="px-3 py-2">{r.principalName}</td>
              <td className="px-3 py-2">{r.deputyName}</td>
              <td className="px-3 py-2">
                {tScope(r.scope)}
                {r.reason && <span className="block text-xs text-slate-600">{r.reason}</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.from} – {r.to}
                <span className="block text-xs text-slate-600">{t("createdBy", { name: r.createdByName })}</span>
              </td>
              <td className={`px-3 py-2 ${r.status.kind === "live" ? "text-green-800" : "text-slate-600"}`}>
                {r.status.kind === "revoked" ? t("revokedOn", { date: r.status.date }) : t(r.status.kind)}
              </td>
              <td className="px-3 py-2 text-right">
                {r.canRevoke && <RevokeDelegationButton delegationId={r.id} deputyName={r.deputyName} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
