"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { changePasswordAction } from "@/lib/actions/auth/change-password-action";
import { AuthTextField } from "./auth-text-field";

const FIELDS = ["currentPassword", "password", "confirm"] as const;
type TErrors = Partial<Record<(typeof FIELDS)[number] | "form", string>>;

/**
 * The signed-in person's new password, with their current one. On the profile it stays put and
 * says so; on the change-password step (`thenGoHome`) it goes on into the app.
 */
export function ChangePasswordForm({ thenGoHome = false }: { thenGoHome?: boolean }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<TErrors>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { currentPassword, password, confirm } = Object.fromEntries(new FormData(form));
    startTransition(async () => {
      const result = await changePasswordAction({ currentPassword, password, confirm });
      if (result.ok) {
        form.reset();
        setErrors({});
        setDone(true);
        if (thenGoHome) router.replace("/");
        router.refresh();
        return;
      }
      const f = result.fieldErrors ?? {};
      setDone(false);
      setErrors({
        currentPassword: f.currentPassword?.[0],
        password: f.password?.join(" "),
        confirm: f.confirm?.[0],
        form: FIELDS.some((k) => f[k]) ? undefined : result.message,
      });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4" data-testid="change-password-form">
      {errors.form && (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{errors.form}</p>
      )}
      {done && (
        <p
          data-testid="change-password-done"
          className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {t("changeDone")}
        </p>
      )}
      {FIELDS.map((field) => (
        <AuthTextField
          key={field}
          name={field}
          label={t(
            field === "currentPassword" ? "currentPassword" : field === "password" ? "newPassword" : "confirmPassword",
          )}
          type="password"
          autoComplete={field === "currentPassword" ? "current-password" : "new-password"}
          error={errors[field]}
        />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("resetSubmitting") : t("changeSubmit")}
      </button>
    </form>
  );
}
