import Link from "next/link";
import { useTranslations } from "next-intl";
import { localDateOf } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";
import { wordMessage, type TMessage } from "@/lib/i18n/message";
import { StopRecurrenceButton } from "./stop-recurrence-button";

export type TRecurrenceRow = {
  id: string;
  title: string;
  rule: TMessage;
  leadUnit: { name: string };
  directive: { id: string; number: string };
  templateName: string;
  leadDays: number;
  nextPeriod: { key: string; deadline: string; createOn: string } | null;
  instanceCount: number;
  latestInstance: { id: string; title: string; period: string | null } | null;
  stoppedAt: Date | null;
  canStop: boolean;
};

/** One recurrence in the list: its rule in words, the next period and deadline, its instances, and Stop. */
export function RecurrenceRow({ r }: { r: TRecurrenceRow }) {
  const t = useTranslations("recurrences.list");
  const tRoot = useTranslations();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="recurrence">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 className="font-semibold">{r.title}</h2>
          <p className="text-sm text-slate-700">{wordMessage(tRoot, r.rule)}</p>
          <p className="text-sm text-slate-600">
            {t("meta", { unit: r.leadUnit.name, template: r.templateName })}{" "}
            <Link href={`/directives/${r.directive.id}`} className="text-brand-700 underline hover:no-underline">
              {r.directive.number}
            </Link>
          </p>
        </div>
        {r.canStop && <StopRecurrenceButton recurrenceId={r.id} title={r.title} />}
      </div>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("next")}</dt>
          <dd data-testid="next-deadline">
            {r.stoppedAt
              ? t("stopped", { date: formatLocalDate(localDateOf(r.stoppedAt)) })
              : r.nextPeriod
                ? t("nextValue", { period: r.nextPeriod.key, deadline: formatLocalDate(r.nextPeriod.deadline) })
                : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("createdAhead")}</dt>
          <dd>
            {r.nextPeriod && !r.stoppedAt
              ? t("createOn", { date: formatLocalDate(r.nextPeriod.createOn), days: r.leadDays })
              : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("instances")}</dt>
          <dd>
            {t("instanceCount", { count: r.instanceCount })}
            {r.latestInstance && (
              <>
                {" · "}
                <Link href={`/tasks/${r.latestInstance.id}`} className="text-brand-700 underline hover:no-underline">
                  {t("latest", { period: r.latestInstance.period ?? "" })}
                </Link>
              </>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
