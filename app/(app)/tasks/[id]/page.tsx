import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskSteps } from "@/components/tasks/task-steps";
import { classifyItem } from "@/lib/domain/classification";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";

export const metadata: Metadata = { title: "Nhiệm vụ" };

async function loadTask(id: string) {
  const actor = await requireActorOrRedirect();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getTaskOrThrow(actor, id);
  } catch (e) {
    if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const task = await loadTask((await params).id);
  const [cal, policy] = await Promise.all([getWorkCalendar(), getPolicy()]);
  const now = new Date();
  const steps = task.steps.map((s) => ({ ...s, classification: s.status === "PENDING" ? null : classifyItem(s, cal, policy, now) }));
  return (
    <>
      <TaskHeader task={task} classification={classifyItem(task, cal, policy, now)} />
      <TaskSteps steps={steps} />
      <TaskHistory events={task.events} />
    </>
  );
}
