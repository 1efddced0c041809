"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { adminResetPasswordAction } from "@/lib/actions/auth/admin-reset-password-action";

/** For administrators on a person's page: issues a temporary password and shows it once. */
export function AdminResetPasswordButton({ userId }: { userId: string }) {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  const [temporary, setTemporary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function onClick() {
    if (!window.confirm(t("adminResetConfirm"))) return;
    startTransition(async () => {
      const result = await adminResetPasswordAction({ userId });
      setError(result.ok ? null : result.message);
      setTemporary(result.ok ? result.data.temporaryPassword : null);
    });
  }

  return (
    <div data-testid="admin-reset-password" className="max-w-xl space-y-2 text-sm">
      <p className="text-slate-700">{t("adminResetIntro")}</p>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md border border-red-300 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t("resetSubmitting") : t("adminResetSubmit")}
      </button>
      {error && <p className="text-red-700">{error}</p>}
      {temporary && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
          {t("adminResetDone")}{" "}
          <code data-testid="temporary-password" className="select-all font-mono text-base">
            {temporary}
          </code>
        </p>
      )}
    </div>
  );
}
