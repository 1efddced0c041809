"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password-action";
import { AuthTextField } from "./auth-text-field";

type TErrors = Partial<Record<"password" | "confirm" | "form", string>>;

/** Sets a new password with the token of the link the person opened. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<TErrors>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { password, confirm } = Object.fromEntries(new FormData(event.currentTarget));
    startTransition(async () => {
      const result = await resetPasswordAction({ token, password, confirm });
      if (result.ok) return setDone(true);
      const f = result.fieldErrors ?? {};
      const fieldless = !f.password && !f.confirm;
      setErrors({
        password: f.password?.[0],
        confirm: f.confirm?.[0],
        form: fieldless ? (f.token?.[0] ?? result.message) : undefined,
      });
    });
  }

  if (done)
    return (
      <p
        data-testid="reset-done"
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
      >
        {t("resetDone")}{" "}
        <Link href="/login" className="font-medium underline">
          {t("backToLogin")}
        </Link>
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form && (
        <p
          data-testid="reset-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {errors.form}
        </p>
      )}
      {(["password", "confirm"] as const).map((field) => (
        <AuthTextField
          key={field}
          name={field}
          label={field === "password" ? t("newPassword") : t("confirmPassword")}
          type="password"
          autoComplete="new-password"
          error={errors[field]}
        />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("resetSubmitting") : t("resetSubmit")}
      </button>
    </form>
  );
}
