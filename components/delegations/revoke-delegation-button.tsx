"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { revokeDelegationAction } from "@/lib/actions/delegations/revoke-delegation-action";

/** Revokes a delegation after a confirmation; the deputy loses the principal's work at once. */
export function RevokeDelegationButton({ delegationId, deputyName }: { delegationId: string; deputyName: string }) {
  const t = useTranslations("delegations");
  return (
    <RefreshingActionButton
      run={() => revokeDelegationAction({ delegationId })}
      confirm={t("revokeConfirm", { name: deputyName })}
      label={t("revoke")}
      pendingLabel={t("revoking")}
      className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
    />
  );
}
