import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { dashboardHref, type TDashboardParams } from "./dashboard-href";

export type TPeriodPreset = { label: string; from?: string; to?: string };

const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/**
 * The filters of a dashboard as a plain GET form, so they work without JavaScript and every
 * filtered view has its own URL; `keep` carries parameters the form does not show (the unit,
 * the sort). Presets fill in the period in one click.
 */
export function DashboardFilters({
  action,
  params,
  directives,
  presets,
  keep = {},
  showLevel = true,
}: {
  action: string;
  params: TDashboardParams;
  directives: { id: string; number: string; subject: string }[];
  presets: TPeriodPreset[];
  keep?: Record<string, string | undefined>;
  showLevel?: boolean;
}) {
  const t = useTranslations("dashboard.filters");
  return (
    <div className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-3">
      <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("label")}>
        {Object.entries({ unit: params.unit, ...keep }).map(([k, v]) =>
          v ? <input key={k} type="hidden" name={k} value={v} /> : null,
        )}
        <label className="flex flex-col text-sm">
          <span className="text-slate-600">{t("directive")}</span>
          <select name="directive" defaultValue={params.directive ?? ""} className={`${field} max-w-xs`}>
            <option value="">{t("allDirectives")}</option>
            {directives.map((d) => (
              <option key={d.id} value={d.id}>
                {d.number} — {d.subject.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-col text-sm">
          <label htmlFor="period-from" className="text-slate-600">
            {t("from")}
          </label>
          <DateField id="period-from" name="from" defaultValue={params.from ?? ""} className={field} />
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="period-to" className="text-slate-600">
            {t("to")}
          </label>
          <DateField id="period-to" name="to" defaultValue={params.to ?? ""} className={field} />
        </div>
        {showLevel && (
          <label className="flex flex-col text-sm">
            <span className="text-slate-600">{t("countBy")}</span>
            <select name="level" defaultValue={params.level ?? "step"} className={field}>
              <option value="step">{t("levelStep")}</option>
              <option value="task">{t("levelTask")}</option>
            </select>
          </label>
        )}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          {t("submit")}
        </button>
      </form>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        <span className="text-slate-600">{t("period")}</span>
        {presets.map((p) => (
          <Link
            key={p.label}
            className="text-brand-700 hover:underline"
            href={dashboardHref(action, { ...keep, ...params, from: p.from, to: p.to })}
          >
            {p.label}
          </Link>
        ))}
      </p>
    </div>
  );
}
