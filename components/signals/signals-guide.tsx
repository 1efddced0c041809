import { useTranslations } from "next-intl";

/** How answering a signal (giải trình) works, for the person concerned. */
export function SignalsGuide() {
  const t = useTranslations("signals.guide");
  return (
    <details className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
        <li>{t("read")}</li>
        <li>{t("cause")}</li>
        <li>{t("review")}</li>
        <li>{t("again")}</li>
      </ol>
    </details>
  );
}
