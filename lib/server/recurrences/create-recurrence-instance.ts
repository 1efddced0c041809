import "server-only";
import type { TRole } from "@/lib/domain/access/roles";
import { localDateOf, type TWorkCalendar } from "@/lib/domain/calendar";
import { periodLabel, stepDeadlinesBefore, type TDuePeriod } from "@/lib/domain/recurrence";
import { translate } from "@/lib/i18n/translate";
import type { Prisma } from "@/lib/server/db/prisma";
import { createTask } from "@/lib/server/tasks-create/create-task";
import type { recurrenceForInstanceSelect } from "./recurrence-select";

type TRecurrenceRow = Prisma.TaskRecurrenceGetPayload<{ select: typeof recurrenceForInstanceSelect }>;

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/**
 * Creates one period's instance through createTask, as the recurrence's creator: the same
 * checks (they must still be allowed to assign the lead unit's work, each owner still able to
 * own a step), the same TASK_CREATED and STEP_ASSIGNED events and so the same notifications.
 * Returns the task id, or null when the period already has its instance: the unique
 * (recurrenceId, recurrencePeriod) refused a second one, written by another run at the same
 * time, and its transaction rolled back whole, so nothing of it remains.
 */
export async function createRecurrenceInstance(
  recurrence: TRecurrenceRow,
  period: TDuePeriod,
  now: Date,
  cal: TWorkCalendar,
): Promise<string | null> {
  const creator = recurrence.createdBy;
  const actor = {
    id: creator.id,
    unitId: creator.unitId,
    unitPath: creator.unit.path,
    roles: creator.roles as TRole[],
  };
  const deadlines = stepDeadlinesBefore(
    period.deadline,
    recurrence.steps.map((s) => s.durationDays),
    localDateOf(now),
    cal,
  );
  // Task titles are stored data, read by everyone in the sector: the period is worded in
  // Vietnamese whatever the creator's own language.
  const title = `${recurrence.title.slice(0, 470)} (${translate("vi", periodLabel(period.key))})`;
  try {
    const task = await createTask(
      actor,
      {
        title,
        point: "",
        description: recurrence.description ?? "",
        expectedResult: "",
        directiveId: recurrence.directiveId,
        leadUnitId: recurrence.leadUnitId,
        coordinatingUnitIds: [],
        deadline: period.deadline,
        priority: recurrence.priority,
        templateId: recurrence.templateId,
        steps: recurrence.steps.map((s, i) => ({ ownerId: s.ownerId, deadline: deadlines[i] })),
      },
      now,
      { id: recurrence.id, period: period.key },
    );
    return task.id;
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}
