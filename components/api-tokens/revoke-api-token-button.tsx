"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens/revoke-api-token-action";

/** Revokes a token after a confirmation; requests with it are refused from then on. */
export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("apiTokens.revoke");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onClick() {
    if (!window.confirm(t("confirm", { name }))) return;
    startTransition(async () => {
      const result = await revokeApiTokenAction({ tokenId });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }
  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t("revoking") : t("revoke")}
      </button>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
    </>
  );
}
