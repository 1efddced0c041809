"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/profile/set-locale-action";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import { rememberLocaleOnThisBrowser } from "./remember-locale";

/** The person's language: saved on their account, and remembered on this browser for the sign-in page. */
export function LocaleForm() {
  const t = useTranslations("locale");
  const current = useLocale() as TLocale;
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState<TLocale>(current);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setLocaleAction({ locale: chosen });
      if (!result.ok) return setError(result.fieldErrors?.locale?.[0] ?? result.message);
      setError(null);
      rememberLocaleOnThisBrowser(result.data.locale);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="locale-form">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {t("label")}
        </label>
        <select
          id={id}
          name="locale"
          value={chosen}
          onChange={(e) => setChosen(e.target.value as TLocale)}
          aria-describedby={`${id}-hint`}
          className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending || chosen === current}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("save")}
      </button>
      <p id={`${id}-hint`} className="basis-full text-xs text-slate-600">
        {t("hint")}
      </p>
      {error && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
