"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postToNextAuth } from "./post-to-next-auth";
import { issuesByField } from "@/lib/schemas/issues-by-field";

type TFieldErrors = Partial<Record<"email" | "password", string>>;

export function LoginForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
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
        setFormError(result.error === "CredentialsSignin" ? t("wrongCredentials") : t("unavailable"));
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
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={!!fieldErrors.email}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-600"
        />
        {fieldErrors.email && (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!fieldErrors.password}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-600"
        />
        {fieldErrors.password && (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.password}
          </p>
        )}
      </div>
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
