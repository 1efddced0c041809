"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthTextField } from "./auth-text-field";
import { postToNextAuth } from "./post-to-next-auth";
import { issuesByField } from "@/lib/schemas/issues-by-field";

type TFieldErrors = Partial<Record<"email" | "password" | "totp", string>>;

export function LoginForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // After a right password, for a person with a second factor: the code is asked for next.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    if (!needsCode) delete data.totp;
    // The schema (and zod with it, 30 kB gzip) loads when the form is sent, not with the page.
    const [{ ZSignIn }, { withValidationLocale }] = await Promise.all([
      import("@/lib/schemas/sign-in"),
      import("@/lib/i18n/validation"),
    ]);
    const parsed = withValidationLocale(locale, () => ZSignIn.safeParse(data));
    setFormError(null);
    if (!parsed.success) {
      // The form's two fields are flat: each shows its first problem.
      const byField = issuesByField(parsed.error, "email");
      setFieldErrors(
        Object.fromEntries(Object.entries(byField).map(([field, messages]) => [field, messages[0]])) as TFieldErrors,
      );
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      const result = await postToNextAuth("callback/credentials", parsed.data);
      if (!result.ok) {
        const throttled = /^Throttled:(\d+)$/.exec(result.error ?? "");
        if (result.error === "TotpRequired") return setNeedsCode(true);
        setFormError(
          throttled
            ? t("throttled", { minutes: Number(throttled[1]) })
            : result.error === "TotpWrong"
              ? t("totpWrong")
              : result.error === "CredentialsSignin"
                ? t("wrongCredentials")
                : t("unavailable"),
        );
        return;
      }
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <p
          id="login-error"
          data-testid="login-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {formError}
        </p>
      )}
      <AuthTextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        autoFocus
        error={fieldErrors.email}
      />
      <AuthTextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      {needsCode && (
        <div>
          <p className="mb-2 text-sm text-slate-700">{t("totpPrompt")}</p>
          <label htmlFor="totp" className="block text-sm font-medium">
            {t("totpCode")}
          </label>
          <input
            id="totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            autoFocus
            aria-invalid={!!fieldErrors.totp}
            aria-describedby={fieldErrors.totp ? "totp-error" : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono tracking-widest focus:border-brand-600"
          />
          {fieldErrors.totp && (
            <p id="totp-error" className="mt-1 text-sm text-red-700">
              {fieldErrors.totp}
            </p>
          )}
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
