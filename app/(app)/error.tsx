"use client";

import { useTranslations } from "@/components/i18n/use-translations";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">{t("title")}</h1>
      <p className="mt-1 text-red-800">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
