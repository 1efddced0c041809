import { useTranslations } from "next-intl";

/** The placeholder a page shows while its data loads (used by the loading.tsx of pages that never answer 404). */
export function PageLoading() {
  const t = useTranslations("ui");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-7 w-64 rounded bg-slate-200" />
      <div className="h-24 rounded bg-slate-200" />
      <div className="h-24 rounded bg-slate-200" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
