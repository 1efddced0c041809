import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskSteps } from "@/components/tasks/task-steps";
import { localDateOf } from "@/lib/domain/calendar";
import { classifyItem } from "@/lib/domain/classification";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getInspectedTaskOrThrow } from "@/lib/server/inspections/find-inspected-tasks";
import { getPolicy } from "@/lib/server/settings/get-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections.inspectedWork");
  return { title: t("taskTitle") };
}

const noOptions = { people: [], units: [], consultPeople: [] };

/**
 * One task of the inspected unit, read by the team during the inspection exactly as the unit's
 * head would open it (getInspectedTaskOrThrow), and only read: no step action is offered, and
 * the actions would refuse the member anyway, acting as themselves.
 */
export default async function InspectedTaskPage({ params }: { params: Promise<{ id: string; taskId: string }> }) {
  const actor = await requireActorOrRedirect();
  const { id, taskId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(taskId).success) notFound();
  const now = new Date();
  const task = await getInspectedTaskOrThrow(actor, id, taskId, now).catch(asPageRefusal);
  const [cal, policy, t] = await Promise.all([
    getWorkCalendar(),
    getPolicy(),
    getTranslations("inspections.inspectedWork"),
  ]);
  const steps = task.steps.map((s) => ({
    ...s,
    classification: s.status === "PENDING" ? null : classifyItem(s, cal, policy, now),
    allowed: [],
    hints: [],
    pendingExtension: null,
    returnReason: null,
    consultations: s.consultations.map((c) => ({
      ...c,
      canAnswer: false,
      canMarkVague: false,
      isOverdue: !c.answeredAt && c.responseDeadline < now,
    })),
  }));
  return (
    <>
      <p
        className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm"
        data-testid="inspected-task-note"
      >
        {t("readOnly")}{" "}
        <Link href={`/inspections/${id}`} className="font-medium text-brand-700 underline">
          {t("backToInspection")}
        </Link>
      </p>
      <TaskHeader task={task} classification={classifyItem(task, cal, policy, now)} canSplit={false} />
      <TaskSteps steps={steps} options={noOptions} today={localDateOf(now)} />
      <TaskHistory events={task.events} />
    </>
  );
}
