import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/domain/format/format-date";
import { AnswerItemForm } from "./answer-item-form";
import { FindingForm, type TEvidenceOptions } from "./finding-form";

type TDetails = {
  id: string;
  conclusionVisible: boolean;
  checklist: {
    items: Array<{
      id: string;
      text: string;
      citation: string;
      answers: Array<{ result: "MET" | "NOT_MET" | "NOT_APPLICABLE"; note: string }>;
    }>;
  } | null;
  findings: Array<{
    id: string;
    severity: "MINOR" | "MODERATE" | "SERIOUS";
    description: string;
    links: Array<{
      id: string;
      task: { id: string; title: string } | null;
      step: { id: string; name: string; taskId: string } | null;
      signal: { id: string; kind: string; taskId: string } | null;
      event: { id: string; kind: string; taskId: string | null } | null;
      user: { id: string; name: string } | null;
    }>;
  }>;
  conclusion: {
    summary: string;
    issuedAt: Date;
    directive: { number: string };
    recommendations: Array<{
      id: string;
      task: {
        id: string;
        title: string;
        deadline: Date;
        leadUnit: { name: string };
        steps: Array<{ status: string }>;
      };
    }>;
  } | null;
};

/** The inspection's record: checklist answers, findings, and the conclusion with its recommendation tasks' progress. */
export async function InspectionRecord({
  inspection,
  canRecord,
  evidence,
}: {
  inspection: TDetails;
  canRecord: boolean;
  /** The finding form's evidence options: set while the team may read the inspected unit's work. */
  evidence: TEvidenceOptions | null;
}) {
  const t = await getTranslations("inspections");
  const te = await getTranslations("enums");
  // A task named as evidence opens, for the team under way, as the inspected unit's head reads it.
  const taskHref = (taskId: string) => `/inspections/${inspection.id}/tasks/${taskId}`;
  const linkLabel = (l: TDetails["findings"][number]["links"][number]) =>
    l.task
      ? { text: t("evidence.linkTask", { title: l.task.title }), taskId: l.task.id }
      : l.step
        ? { text: t("evidence.linkStep", { name: l.step.name }), taskId: l.step.taskId }
        : l.signal
          ? { text: te(`signalKind.${l.signal.kind as "STALLED"}`), taskId: l.signal.taskId }
          : l.event
            ? { text: te(`eventKind.${l.event.kind as "TASK_CREATED"}`), taskId: l.event.taskId }
            : { text: l.user?.name ?? "", taskId: null };
  if (!inspection.conclusionVisible) return <EmptyState title={t("page.conclusionHidden")} />;
  const { checklist, findings, conclusion } = inspection;
  return (
    <>
      <Section title={t("page.checklist")} testId="inspection-checklist">
        {!checklist ? (
          <EmptyState title={t("page.checklistNone")} />
        ) : (
          <ol className="list-decimal space-y-2 pl-6 text-sm">
            {checklist.items.map((item) => {
              const a = item.answers[0];
              return (
                <li key={item.id}>
                  <span>{item.text}</span> <span className="text-slate-500">({item.citation})</span>
                  <div className="font-medium">
                    {a ? t(`result.${a.result}`) : t("page.notAnswered")}
                    {a?.note ? <span className="font-normal text-slate-600"> · {a.note}</span> : null}
                  </div>
                  {canRecord && (
                    <AnswerItemForm
                      inspectionId={inspection.id}
                      itemId={item.id}
                      result={a?.result ?? null}
                      note={a?.note ?? ""}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Section>
      <Section title={t("page.findings")} count={findings.length} testId="inspection-findings">
        {canRecord && evidence && <FindingForm inspectionId={inspection.id} evidence={evidence} />}
        {findings.length === 0 ? (
          <EmptyState title={t("page.findingsNone")} />
        ) : (
          <ul className="space-y-2 text-sm">
            {findings.map((f) => (
              <li key={f.id} className="rounded-md border border-slate-200 bg-white p-3">
                <span className="font-medium">{t(`severity.${f.severity}`)}</span>
                <p className="mt-1 whitespace-pre-line">{f.description}</p>
                <p className="mt-1 text-slate-500">{t("page.evidence", { count: f.links.length })}</p>
                {f.links.length > 0 && (
                  <ul className="mt-1 list-disc pl-6 text-slate-700" data-testid="finding-links">
                    {f.links.map((l) => {
                      const { text, taskId } = linkLabel(l);
                      return (
                        <li key={l.id}>
                          {canRecord && taskId ? (
                            <Link href={taskHref(taskId)} className="text-brand-700 underline">
                              {text}
                            </Link>
                          ) : (
                            text
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("page.conclusion")} testId="inspection-conclusion">
        {!conclusion ? (
          <EmptyState title={t("page.conclusionNone")} />
        ) : (
          <div className="space-y-3 text-sm">
            <p className="font-medium">
              {t("page.issued", { number: conclusion.directive.number, date: formatDate(conclusion.issuedAt) })}
            </p>
            <p className="whitespace-pre-line">{conclusion.summary}</p>
            <h3 className="font-semibold">{t("page.recommendations")}</h3>
            <ol className="list-decimal space-y-2 pl-6" data-testid="inspection-recommendations">
              {conclusion.recommendations.map((r) => {
                const done = r.task.steps.filter((s) => s.status === "DONE").length;
                return (
                  <li key={r.id}>
                    <Link href={`/tasks/${r.task.id}`} className="font-medium text-brand-700 underline">
                      {r.task.title}
                    </Link>{" "}
                    · {r.task.leadUnit.name} · {t("col.deadline")} {formatDate(r.task.deadline)} ·{" "}
                    {t("page.steps", { done, total: r.task.steps.length })}
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </Section>
    </>
  );
}
