"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { AuthTextField } from "./auth-text-field";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset-action";

/** Asks for a reset link. The answer after sending is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { email } = Object.fromEntries(new FormData(event.currentTarget));
    startTransition(async () => {
      const result = await requestPasswordResetAction({ email });
      if (result.ok) {
        setSent(true);
        setError(null);
      } else setError(result.fieldErrors?.email?.[0] ?? result.message);
    });
  }

  if (sent)
    return (
      <p
        data-testid="forgot-sent"
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
      >
        {t("forgotSent")}
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <AuthTextField name="email" label={t("email")} type="email" autoComplete="username" autoFocus error={error} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("forgotSubmitting") : t("forgotSubmit")}
      </button>
    </form>
  );
}
