"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import { rememberLocaleOnThisBrowser } from "@/components/profile/remember-locale";

/** The sign-in page's language, before anyone is known; after signing in, the person's own applies. */
export function LocaleSwitch() {
  const t = useTranslations("locale");
  const current = useLocale() as TLocale;
  const router = useRouter();
  return (
    <nav aria-label={t("label")} className="flex justify-center gap-3 text-sm">
      {LOCALES.map((l) =>
        l === current ? (
          <span key={l} lang={l} aria-current="true" className="font-medium text-slate-900">
            {LOCALE_NAMES[l]}
          </span>
        ) : (
          <button
            key={l}
            type="button"
            lang={l}
            onClick={() => {
              rememberLocaleOnThisBrowser(l);
              router.refresh();
            }}
            className="text-brand-700 underline hover:text-brand-800"
          >
            {LOCALE_NAMES[l]}
          </button>
        ),
      )}
    </nav>
  );
}
