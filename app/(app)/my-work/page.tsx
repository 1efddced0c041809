import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StepList } from "@/components/work/step-row";
import { formatDate, formatLocalDate } from "@/lib/domain/format";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findDeputyWork } from "@/lib/server/work/find-deputy-work";
import { findMyWork } from "@/lib/server/work/find-my-work";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myWork");
  return { title: t("title") };
}

export default async function MyWorkPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("myWork");
  const now = new Date();
  const [{ groups, done, consultations, policy }, deputyWork] = await Promise.all([
    findMyWork(actor, now),
    findDeputyWork(actor, now),
  ]);
  const tDelegations = await getTranslations("delegations");
  const none = <EmptyState title={t("groupEmpty")} />;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { date: formatDate(now) })} />
      {deputyWork.map(({ grant, steps, returns }) => (
        <Section
          key={grant.delegationId}
          title={tDelegations("myWorkTitle", {
            principal: grant.principalName,
            date: formatLocalDate(grant.endsOn),
          })}
          count={steps.length + returns.length}
          testId="group-deputy"
        >
          <StepList steps={steps} empty={<EmptyState title={tDelegations("myWorkNoSteps")} />} />
          {grant.scope === "HEAD_DECISIONS" && returns.length > 0 && (
            <div className="mt-3" data-testid="group-deputy-rulings">
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{tDelegations("myWorkRulings")}</h3>
              <StepList steps={returns} empty={null} />
            </div>
          )}
        </Section>
      ))}
      <Section title={t("overdue")} count={groups.overdue.length} testId="group-overdue">
        <StepList steps={groups.overdue} empty={<EmptyState title={t("overdueEmpty")} />} />
      </Section>
      <Section title={t("dueToday")} count={groups.dueToday.length} testId="group-due-today">
        <StepList steps={groups.dueToday} empty={none} />
      </Section>
      <Section
        title={t("dueSoon", { days: policy.dueSoonWorkingDays })}
        count={groups.dueSoon.length}
        testId="group-due-soon"
      >
        <StepList steps={groups.dueSoon} empty={none} />
      </Section>
      <Section title={t("consultations")} count={consultations.length} testId="group-consultations">
        {consultations.length === 0 ? (
          <EmptyState title={t("consultationsEmpty")} />
        ) : (
          <ul className="space-y-2">
            {consultations.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <Link href={`/tasks/${c.step.task.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.step.task.title}
                </Link>
                <Link
                  href={`/tasks/${c.step.task.id}#consultation-${c.id}`}
                  className="ml-3 rounded-md border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100"
                >
                  {t("answer")}
                </Link>
                <p className="text-sm text-slate-700">{c.question}</p>
                <p className="text-sm text-slate-500">
                  {t("askedBy", { name: c.requester.name, date: formatDate(c.responseDeadline) })}
                  {c.responseDeadline < now && <span className="ml-1 font-medium text-red-700">{t("pastDue")}</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("inTime")} count={groups.inTime.length} testId="group-in-time">
        <StepList steps={groups.inTime} empty={none} />
      </Section>
      <Section title={t("done")} count={done.length} testId="group-done">
        <StepList steps={done} empty={<EmptyState title={t("doneEmpty")} />} />
      </Section>
    </>
  );
}
