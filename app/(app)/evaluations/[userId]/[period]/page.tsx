import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";
import { tableFrame } from "@/components/ui/table-frame";
import { addCalendarDays } from "@/lib/domain/calendar";
import { gradeOf } from "@/lib/domain/evaluation/score-products";
import { periodLabel, periodOf, frequencyOfKey } from "@/lib/domain/recurrence";
import { wordMessage } from "@/lib/i18n/message";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getScorecard } from "@/lib/server/evaluation/get-scorecard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard");
  return { title: t("metaTitle") };
}

export default async function ScorecardPage({ params }: { params: Promise<{ userId: string; period: string }> }) {
  const actor = await requireActorOrRedirect();
  const { userId, period: key } = await params;
  if (!/^[0-9a-f-]{36}$/.test(userId)) notFound();
  const card = await getScorecard(actor, userId, key).catch(asPageRefusal);
  const t = await getTranslations("scorecard");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const label = wordMessage(tAll, periodLabel(card.period.key));
  const frequency = frequencyOfKey(card.period.key)!;
  const previous = periodOf(frequency, addCalendarDays(card.period.start, -1)).key;
  const next = periodOf(frequency, addCalendarDays(card.period.end, 1)).key;
  const { result, scheme } = card;
  const best = Math.min(100, result.points + scheme.generalPoints);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "short" });
  return (
    <>
      <PageHeader
        title={t("title", { name: card.person.name, period: label })}
        subtitle={t("subtitle", { unit: card.person.unit.name })}
      />
      <nav aria-label={t("periodNav")} className="mb-4 flex gap-4 text-sm">
        <Link href={`/evaluations/${userId}/${previous}`} className="text-brand-700 underline">
          {t("previous")}
        </Link>
        <Link href={`/evaluations/${userId}/${next}`} className="text-brand-700 underline">
          {t("next")}
        </Link>
      </nav>
      <Section title={t("summaryTitle")}>
        <dl className="grid gap-3 text-sm sm:grid-cols-4" data-testid="scorecard-summary">
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-slate-600">{t("taskPoints", { max: scheme.taskPoints })}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.number(result.points)}</dd>
          </div>
          {(["quantityPct", "qualityPct", "timelinessPct"] as const).map((m) => (
            <div key={m} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="text-slate-600">{t(`measure.${m}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{format.number(result[m])} %</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          {t("provisional", {
            general: scheme.generalPoints,
            best: format.number(best),
            grade: tAll(`scorecard.grade.${gradeOf(best, scheme)}`),
          })}
        </p>
        <p className="mt-1 text-xs text-slate-500">
          {t("rules", { late: scheme.lateDeduction * 100, error: scheme.majorErrorDeduction * 100 })}
        </p>
      </Section>
      <Section title={t("productsTitle")} count={card.rows.length}>
        {card.rows.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <div className={tableFrame}>
            <table className="w-full text-sm" data-testid="scorecard-products">
              <caption className="sr-only">{t("productsTitle")}</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th className="px-3 py-2">{t("column.product")}</th>
                  <th className="px-3 py-2">{t("column.weight")}</th>
                  <th className="px-3 py-2">{t("column.deadline")}</th>
                  <th className="px-3 py-2">{t("column.completed")}</th>
                  <th className="px-3 py-2">{t("column.assessment")}</th>
                </tr>
              </thead>
              <tbody>
                {card.rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      <Link
                        href={`/tasks/${r.step.task.id}#step-${r.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {r.step.name}
                      </Link>
                      <div className="text-xs text-slate-500">{r.step.task.title}</div>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{format.number(r.weight)}</td>
                    <td className="px-3 py-2">{day(r.step.deadline)}</td>
                    <td className="px-3 py-2">
                      {r.completed && r.step.completedAt ? day(r.step.completedAt) : t("notCompleted")}
                    </td>
                    <td className="px-3 py-2">
                      {!r.completed
                        ? t("verdict.missed")
                        : r.late && !r.lateExempt
                          ? t("verdict.late", { part: scheme.lateDeduction * 100 })
                          : t("verdict.onTime")}
                      {r.exemption === "EXPLANATION_ACCEPTED" && (
                        <div className="text-xs">
                          <Link href={`/signals#signal-${r.explanationSignalId}`} className="text-brand-700 underline">
                            {t("exemption.EXPLANATION_ACCEPTED")}
                          </Link>
                        </div>
                      )}
                      {r.exemption === "EXTENSION_MET" && (
                        <div className="text-xs text-slate-600">
                          {t("exemption.EXTENSION_MET", { original: day(r.step.originalDeadline) })}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
