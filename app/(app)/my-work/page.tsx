import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StepList } from "@/components/work/step-row";
import { formatDate } from "@/lib/domain/format";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findMyWork } from "@/lib/server/work/find-my-work";

export const metadata: Metadata = { title: "Việc của tôi" };

export default async function MyWorkPage() {
  const actor = await requireActorOrRedirect();
  const now = new Date();
  const { groups, done, consultations, policy } = await findMyWork(actor, now);
  const none = <EmptyState title="Không có khâu nào trong nhóm này." />;
  return (
    <>
      <PageHeader title="Việc của tôi" subtitle={`Hôm nay ${formatDate(now)} · các khâu bạn chịu trách nhiệm`} />
      <Section title="Quá hạn" count={groups.overdue.length} testId="group-overdue">
        <StepList steps={groups.overdue} empty={<EmptyState title="Không có khâu nào quá hạn." />} />
      </Section>
      <Section title="Đến hạn hôm nay" count={groups.dueToday.length} testId="group-due-today">
        <StepList steps={groups.dueToday} empty={none} />
      </Section>
      <Section title={`Sắp đến hạn (trong ${policy.dueSoonWorkingDays} ngày làm việc)`} count={groups.dueSoon.length} testId="group-due-soon">
        <StepList steps={groups.dueSoon} empty={none} />
      </Section>
      <Section title="Chờ tôi trả lời xin ý kiến" count={consultations.length} testId="group-consultations">
        {consultations.length === 0 ? (
          <EmptyState title="Không có yêu cầu xin ý kiến nào đang chờ bạn." />
        ) : (
          <ul className="space-y-2">
            {consultations.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <Link href={`/tasks/${c.step.task.id}`} className="font-medium text-brand-700 hover:underline">{c.step.task.title}</Link>
                <Link href={`/tasks/${c.step.task.id}#consultation-${c.id}`} className="ml-3 rounded-md border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100">Trả lời</Link>
                <p className="text-sm text-slate-700">{c.question}</p>
                <p className="text-sm text-slate-500">
                  {c.requester.name} hỏi · hạn trả lời {formatDate(c.responseDeadline)}
                  {c.responseDeadline < now && <span className="ml-1 font-medium text-red-700">(đã quá hạn)</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Trong hạn" count={groups.inTime.length} testId="group-in-time">
        <StepList steps={groups.inTime} empty={none} />
      </Section>
      <Section title="Mới hoàn thành" count={done.length} testId="group-done">
        <StepList steps={done} empty={<EmptyState title="Bạn chưa hoàn thành khâu nào." />} />
      </Section>
    </>
  );
}
