import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SubTaskList } from "@/components/tasks/sub-task-list";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskSteps } from "@/components/tasks/task-steps";
import { endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import { classifyItem } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { shiftLaterDeadlines } from "@/lib/domain/workflow/shift-later-deadlines";
import { allowedStepActions } from "@/lib/domain/workflow/allowed-step-actions";
import type { TStepStatus } from "@/lib/domain/workflow/step-action";
import { stepActionHints } from "@/lib/domain/workflow/step-action-hints";
import { wordMessage } from "@/lib/i18n/message";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { findSubTasks } from "@/lib/server/tasks/find-sub-tasks";
import { findTaskActionOptions } from "@/lib/server/tasks/find-task-action-options";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("taskPage");
  return { title: t("title") };
}

async function loadTask(id: string) {
  const actor = await requireActorOrRedirect();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return { actor, task: await getTaskOrThrow(actor, id) };
  } catch (e) {
    if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, task } = await loadTask((await params).id);
  const [cal, policy, options, subTasks] = await Promise.all([
    getWorkCalendar(),
    getPolicy(),
    findTaskActionOptions(actor),
    findSubTasks(actor, task.id),
  ]);
  const t = await getTranslations();
  const now = new Date();
  const stepDeadlines = task.steps.map((s) => ({
    id: s.id,
    order: s.order,
    deadline: s.deadline,
    isDone: s.status === "DONE",
  }));
  const steps = task.steps.map((s) => {
    const pending = s.extensionRequests.find((r) => r.status === "PENDING");
    const forRules = {
      ownerId: s.ownerId,
      unitPath: s.unit.path,
      status: s.status as TStepStatus,
      deadline: s.deadline,
    };
    return {
      ...s,
      classification: s.status === "PENDING" ? null : classifyItem(s, cal, policy, now),
      allowed: allowedStepActions(actor, forRules, now),
      hints: stepActionHints(actor, forRules, now).map((h) => ({
        action: h.action,
        message: wordMessage(t, h.message),
      })),
      pendingExtension: pending
        ? {
            id: pending.id,
            requestedDeadline: formatDate(pending.requestedDeadline),
            reason: pending.reason,
            requesterName: pending.requester.name,
            laterShifts: shiftLaterDeadlines(
              stepDeadlines,
              { stepId: s.id, newDeadline: endOfLocalDay(localDateOf(pending.requestedDeadline)) },
              cal,
            ).map((x) => ({ order: x.order, from: formatDate(x.from), to: formatDate(x.to) })),
          }
        : null,
      returnReason:
        s.status === "RETURNED"
          ? (task.events.findLast((e) => e.stepId === s.id && e.kind === "STEP_RETURNED")?.reason ?? null)
          : null,
      consultations: s.consultations.map((c) => ({
        ...c,
        canAnswer:
          !c.answeredAt &&
          (c.targetUserId === actor.id ||
            (!c.targetUserId && c.targetUnitId === actor.unitId) ||
            (actor.deputyFor ?? []).some((g) => g.principal.id === c.targetUserId && g.principal.id !== c.requesterId)),
        canMarkVague: !!c.answeredAt && !c.isVague && c.requesterId === actor.id,
        isOverdue: !c.answeredAt && c.responseDeadline < now,
      })),
    };
  });
  return (
    <>
      <TaskHeader
        task={task}
        classification={classifyItem(task, cal, policy, now)}
        canSplit={assignmentScopeOf(actor) !== null && task.status !== "COMPLETED" && task.status !== "CANCELLED"}
      />
      <SubTaskList subTasks={subTasks.map((t) => ({ ...t, classification: classifyItem(t, cal, policy, now) }))} />
      <TaskSteps steps={steps} options={options} today={localDateOf(now)} />
      <TaskHistory events={task.events} />
    </>
  );
}
