import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { RevokeApiTokenButton } from "./revoke-api-token-button";
import { tableFrame } from "@/components/ui/table-frame";

export type TApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  status: "active" | "expired" | "revoked";
};

/** The person's tokens (dates already formatted by the page), with a revoke button on the active ones. */
export function ApiTokenTable({ tokens }: { tokens: TApiTokenRow[] }) {
  const t = useTranslations("apiTokens.table");
  if (tokens.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <div className={tableFrame}>
      <table className="w-full text-sm" data-testid="api-token-table">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th className="px-3 py-2 font-medium">{t("name")}</th>
            <th className="px-3 py-2 font-medium">{t("prefix")}</th>
            <th className="px-3 py-2 font-medium">{t("createdAt")}</th>
            <th className="px-3 py-2 font-medium">{t("expiresAt")}</th>
            <th className="px-3 py-2 font-medium">{t("lastUsedAt")}</th>
            <th className="px-3 py-2 font-medium">{t("status")}</th>
            <th className="px-3 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{token.name}</td>
              <td className="px-3 py-2 font-mono">{token.prefix}…</td>
              <td className="px-3 py-2">{token.createdAt}</td>
              <td className="px-3 py-2">{token.expiresAt}</td>
              <td className="px-3 py-2">{token.lastUsedAt ?? t("neverUsed")}</td>
              <td className={`px-3 py-2 ${token.status === "active" ? "text-green-800" : "text-slate-500"}`}>
                {t(`statusLabel.${token.status}`)}
              </td>
              <td className="px-3 py-2 text-right">
                {token.status === "active" && <RevokeApiTokenButton tokenId={token.id} name={token.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
