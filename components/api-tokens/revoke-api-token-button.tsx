"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens/revoke-api-token-action";

/** Revokes a token after a confirmation; requests with it are refused from then on. */
export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("apiTokens.revoke");
  return (
    <RefreshingActionButton
      run={() => revokeApiTokenAction({ tokenId })}
      confirm={t("confirm", { name })}
      label={t("revoke")}
      pendingLabel={t("revoking")}
      className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
    />
  );
}
