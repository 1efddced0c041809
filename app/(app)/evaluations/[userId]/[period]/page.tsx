import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssessmentForm } from "@/components/evaluations/assessment-form";
import { ApproveEvaluationButton, ReviewManualProductButtons } from "@/components/evaluations/evaluation-buttons";
import { ManualProductForm } from "@/components/evaluations/manual-product-form";
import { SelfAssessmentForm } from "@/components/evaluations/self-assessment-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";
import { tableFrame } from "@/components/ui/table-frame";
import { addCalendarDays } from "@/lib/domain/calendar";
import { mayRecordDecision } from "@/lib/domain/decisions/may-record-decision";
import { gradeOf } from "@/lib/domain/evaluation/score-products";
import { periodLabel, periodOf, frequencyOfKey } from "@/lib/domain/recurrence";
import { wordMessage } from "@/lib/i18n/message";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getEvaluation } from "@/lib/server/evaluation/get-evaluation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard");
  return { title: t("metaTitle") };
}

const card = "rounded-lg border border-slate-200 bg-white p-3";

export default async function ScorecardPage({ params }: { params: Promise<{ userId: string; period: string }> }) {
  const actor = await requireActorOrRedirect();
  const { userId, period: key } = await params;
  if (!/^[0-9a-f-]{36}$/.test(userId)) notFound();
  const view = await getEvaluation(actor, userId, key, new Date()).catch(asPageRefusal);
  const t = await getTranslations("scorecard");
  const te = await getTranslations("evaluation");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const label = wordMessage(tAll, periodLabel(view.period.key));
  const frequency = frequencyOfKey(view.period.key)!;
  const previous = periodOf(frequency, addCalendarDays(view.period.start, -1)).key;
  const next = periodOf(frequency, addCalendarDays(view.period.end, 1)).key;
  const { result, scheme, evaluation, may } = view;
  const day = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "short" });
  const when = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  const best = Math.min(100, result.taskPoints + scheme.generalPoints);
  const status = evaluation?.status ?? "NONE";
  const productLabel = (r: (typeof view.rows)[number]) =>
    r.source.kind === "STEP" ? r.source.name : r.source.description;
  const productDetail = (r: (typeof view.rows)[number]) =>
    r.source.kind === "STEP" ? r.source.taskTitle : te("manualProduct");
  const assessed = view.rows.map((r) => ({
    id: r.product.id,
    label: productLabel(r),
    detail: productDetail(r),
    mark: r.mark,
  }));
  return (
    <>
      <PageHeader
        title={t("title", { name: view.person.name, period: label })}
        subtitle={te("subtitle", { unit: view.person.unit.name, status })}
      />
      <nav aria-label={t("periodNav")} className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href={`/evaluations/${userId}/${previous}`} className="text-brand-700 underline">
          {t("previous")}
        </Link>
        <Link href={`/evaluations/${userId}/${next}`} className="text-brand-700 underline">
          {t("next")}
        </Link>
        <Link
          href={`/evaluations?unitId=${view.person.unit.id}&period=${view.period.key}`}
          className="text-brand-700 underline"
        >
          {te("unitTableLink", { unit: view.person.unit.name })}
        </Link>
        {mayRecordDecision(actor, { id: view.person.id, unitPath: view.person.unit.path }) && (
          <Link
            href={`/decisions/new?person=${userId}&kind=${result.grade === "NOT_COMPLETED" ? "REVIEW" : "COMMENDATION"}&period=${view.period.key}`}
            className="text-brand-700 underline"
          >
            {te("recordDecision")}
          </Link>
        )}
        <a
          href={`/api/v1/reports/evaluations.xlsx?userId=${userId}&period=${view.period.key}`}
          className="text-brand-700 underline"
          data-testid="evaluation-sheet-link"
        >
          {te("downloadSheet")}
        </a>
      </nav>
      {!view.isEvaluationPeriod && (
        <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {te("notAnEvaluationPeriod", { period: scheme.period })}
        </p>
      )}
      <Section title={t("summaryTitle")}>
        <dl className="grid gap-3 text-sm sm:grid-cols-4" data-testid="scorecard-summary">
          <div className={card}>
            <dt className="text-slate-600">{t("taskPoints", { max: scheme.taskPoints })}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="task-points">
              {format.number(result.taskPoints)}
            </dd>
            {view.unitPoints !== null && (
              <dd className="text-xs text-slate-600">
                {te("managerBlend", {
                  own: format.number(result.own.points),
                  unit: format.number(view.unitPoints),
                  share: Math.round(scheme.managerUnitShare * 100),
                })}
              </dd>
            )}
          </div>
          {(["quantityPct", "qualityPct", "timelinessPct"] as const).map((m) => (
            <div key={m} className={card}>
              <dt className="text-slate-600">{t(`measure.${m}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{format.number(result.own[m])} %</dd>
            </div>
          ))}
          <div className={card}>
            <dt className="text-slate-600">{te("generalPointsShort", { max: scheme.generalPoints })}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {result.generalPoints === null ? "—" : format.number(result.generalPoints)}
            </dd>
          </div>
          <div className={`${card} sm:col-span-3`}>
            <dt className="text-slate-600">{te("total")}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="evaluation-total">
              {result.total === null
                ? te("totalPending")
                : `${format.number(result.total)} · ${tAll(`scorecard.grade.${result.grade!}`)}`}
            </dd>
          </div>
        </dl>
        {result.total === null && (
          <p className="mt-3 text-sm text-slate-700">
            {t("provisional", {
              general: scheme.generalPoints,
              best: format.number(best),
              grade: tAll(`scorecard.grade.${gradeOf(best, scheme)}`),
            })}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-500">
          {t("rules", { late: scheme.lateDeduction * 100, error: scheme.majorErrorDeduction * 100 })}
        </p>
      </Section>
      <Section title={t("productsTitle")} count={view.rows.length}>
        {view.rows.length === 0 ? (
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
                {view.rows.map((r) => (
                  <tr key={r.product.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      {r.source.kind === "STEP" ? (
                        <Link
                          href={`/tasks/${r.source.taskId}#step-${r.product.id}`}
                          className="text-brand-700 underline-offset-2 hover:underline"
                        >
                          {r.source.name}
                        </Link>
                      ) : (
                        <span>{r.source.description}</span>
                      )}
                      <div className="text-xs text-slate-500">{productDetail(r)}</div>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{format.number(r.product.weight)}</td>
                    <td className="px-3 py-2">{r.source.kind === "STEP" ? day(r.source.deadline) : "—"}</td>
                    <td className="px-3 py-2">
                      {r.source.kind === "MANUAL"
                        ? day(r.source.completedOn)
                        : r.product.completed && r.source.completedAt
                          ? day(r.source.completedAt)
                          : t("notCompleted")}
                    </td>
                    <td className="px-3 py-2">
                      {!r.product.completed
                        ? t("verdict.missed")
                        : r.product.late && !r.product.lateExempt
                          ? t("verdict.late", { part: scheme.lateDeduction * 100 })
                          : t("verdict.onTime")}
                      {r.product.exemption === "EXPLANATION_ACCEPTED" && r.source.kind === "STEP" && (
                        <div className="text-xs">
                          <Link
                            href={`/signals#signal-${r.source.explanationSignalId}`}
                            className="text-brand-700 underline"
                          >
                            {t("exemption.EXPLANATION_ACCEPTED")}
                          </Link>
                        </div>
                      )}
                      {r.product.exemption === "EXTENSION_MET" && r.source.kind === "STEP" && (
                        <div className="text-xs text-slate-600">
                          {t("exemption.EXTENSION_MET", { original: day(r.source.originalDeadline) })}
                        </div>
                      )}
                      {r.mark && !r.mark.meetsQuality && (
                        <div className="text-xs text-red-800">{te("belowQuality")}</div>
                      )}
                      {r.mark?.majorErrors.map((e, i) => (
                        <div key={i} className="text-xs text-slate-700">
                          {e.objectiveCause
                            ? te("majorErrorExempt", { reason: e.reason, cause: e.objectiveCause })
                            : te("majorErrorDeducted", { reason: e.reason, part: scheme.majorErrorDeduction * 100 })}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <ClientMessages namespaces={["evaluation"]}>
        <Section title={te("manualTitle")} count={view.manual.length}>
          {view.manual.length === 0 ? (
            <p className="text-sm text-slate-600">{te("manualEmpty")}</p>
          ) : (
            <ul className="grid gap-2 text-sm" data-testid="manual-products">
              {view.manual.map((m) => (
                <li key={m.id} className={card}>
                  <div className="font-medium">{m.description}</div>
                  <div className="text-xs text-slate-600">
                    {te("manualLine", { weight: format.number(m.weight), day: day(m.completedOn), status: m.status })}
                    {m.evidenceUrl && (
                      <>
                        {" · "}
                        <a
                          href={m.evidenceUrl}
                          className="text-brand-700 underline"
                          rel="noreferrer noopener"
                          target="_blank"
                        >
                          {te("evidenceLink")}
                        </a>
                      </>
                    )}
                    {m.evidenceNote && ` · ${m.evidenceNote}`}
                  </div>
                  {m.status === "PROPOSED" && may.reviewProducts && (
                    <div className="mt-2">
                      <ReviewManualProductButtons productId={m.id} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {may.addProduct && (
            <div className="mt-4">
              <ManualProductForm userId={userId} periodKey={key} min={view.period.start} max={view.period.end} />
            </div>
          )}
        </Section>
        <Section title={te("selfTitle")}>
          {evaluation?.selfAssessedAt && (
            <div className="mb-3 text-sm" data-testid="self-assessment">
              <p className="whitespace-pre-line">{evaluation.selfSummary}</p>
              <p className="mt-1 text-xs text-slate-600">
                {te("selfLine", {
                  points: format.number(evaluation.selfGeneralPoints ?? 0),
                  at: when(evaluation.selfAssessedAt),
                })}
              </p>
            </div>
          )}
          {may.selfAssess ? (
            <SelfAssessmentForm
              userId={userId}
              periodKey={key}
              maxGeneral={scheme.generalPoints}
              summary={evaluation?.selfSummary ?? ""}
              generalPoints={evaluation?.selfGeneralPoints ?? null}
            />
          ) : (
            !evaluation?.selfAssessedAt && <p className="text-sm text-slate-600">{te("selfNone")}</p>
          )}
        </Section>
        <Section title={te("assessmentTitle")}>
          {evaluation?.assessedAt && (
            <p className="mb-3 text-sm" data-testid="assessment-line">
              {te("assessedLine", { name: evaluation.assessor?.name ?? "", at: when(evaluation.assessedAt) })}
              {evaluation.assessmentNote && ` · ${evaluation.assessmentNote}`}
            </p>
          )}
          {may.assess ? (
            <AssessmentForm
              mode="assess"
              userId={userId}
              periodKey={key}
              maxGeneral={scheme.generalPoints}
              generalPoints={evaluation?.generalPoints ?? evaluation?.selfGeneralPoints ?? null}
              note={evaluation?.assessmentNote ?? ""}
              products={assessed}
            />
          ) : (
            !evaluation?.assessedAt && <p className="text-sm text-slate-600">{te("assessmentNone")}</p>
          )}
        </Section>
        <Section title={te("approvalTitle")}>
          {evaluation?.status === "APPROVED" ? (
            <p className="text-sm" data-testid="approval-line">
              {te("approvedLine", { name: evaluation.approver?.name ?? "", at: when(evaluation.approvedAt!) })}
            </p>
          ) : may.approve ? (
            <ApproveEvaluationButton userId={userId} periodKey={key} />
          ) : (
            <p className="text-sm text-slate-600">
              {evaluation?.status === "ASSESSED" && !view.periodOver
                ? te("approveAfterEnd", { end: day(view.period.end) })
                : te("approvalNone")}
            </p>
          )}
          {view.corrections.length > 0 && (
            <ul className="mt-3 grid gap-1 text-sm" data-testid="corrections">
              {view.corrections.map((c) => {
                const p = c.payload as { before: { total: number }; after: { total: number } };
                return (
                  <li key={c.id}>
                    {te("correctionLine", {
                      name: c.actor?.name ?? "",
                      at: when(c.at),
                      before: format.number(p.before.total),
                      after: format.number(p.after.total),
                      reason: c.reason ?? "",
                    })}
                  </li>
                );
              })}
            </ul>
          )}
          {may.correct && (
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{te("correctTitle")}</summary>
              <div className="mt-3">
                <AssessmentForm
                  mode="correct"
                  userId={userId}
                  periodKey={key}
                  maxGeneral={scheme.generalPoints}
                  generalPoints={evaluation?.generalPoints ?? null}
                  note=""
                  products={assessed}
                />
              </div>
            </details>
          )}
        </Section>
      </ClientMessages>
    </>
  );
}
