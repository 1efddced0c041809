import "server-only";
import { msg } from "@/lib/i18n/message";
import { shiftLaterDeadlines } from "@/lib/domain/workflow/shift-later-deadlines";
import type { TaskStep } from "@/lib/server/db/prisma";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import type { TTaskTx } from "@/lib/server/events/write-task-change";

export type TShiftedStep = { step: TaskStep; previousDeadline: Date };

/**
 * Inside an extension's approval: moves the later steps that would otherwise fall due before
 * the step they follow (shiftLaterDeadlines' rule), each with its own STEP_DEADLINE_SHIFTED
 * event naming its old and new deadline, so the history shows why a deadline its owner did
 * not ask about has changed. originalDeadline stays, as for any extension, for the reports.
 */
export async function shiftLaterSteps(
  tx: TTaskTx,
  extended: { stepId: string; taskId: string; previousDeadline: Date; newDeadline: Date; requestId: string },
  by: { actorId: string; onBehalfOfId: string | null },
  now: Date,
): Promise<TShiftedStep[]> {
  const [cal, steps] = await Promise.all([
    getWorkCalendar(tx),
    tx.taskStep.findMany({
      where: { taskId: extended.taskId },
      select: { id: true, order: true, deadline: true, status: true, version: true },
    }),
  ]);
  // The extended step is written already: the rule starts from the deadline it had before.
  const view = steps.map((s) => ({
    id: s.id,
    order: s.order,
    isDone: s.status === "DONE",
    deadline: s.id === extended.stepId ? extended.previousDeadline : s.deadline,
  }));
  const shifts = shiftLaterDeadlines(view, { stepId: extended.stepId, newDeadline: extended.newDeadline }, cal);
  const shifted: TShiftedStep[] = [];
  for (const shift of shifts) {
    const version = steps.find((s) => s.id === shift.stepId)!.version;
    const rows = await tx.taskStep.updateManyAndReturn({
      where: { id: shift.stepId, version },
      data: { deadline: shift.to, version: { increment: 1 } },
    });
    if (rows.length !== 1) throw new DomainError("CONFLICT", msg("errors.laterStepJustUpdated"));
    await recordTaskEvent(tx, {
      kind: "STEP_DEADLINE_SHIFTED",
      ...by,
      at: now,
      taskId: extended.taskId,
      stepId: shift.stepId,
      payload: {
        requestId: extended.requestId,
        extendedStepId: extended.stepId,
        previousDeadline: shift.from.toISOString(),
        newDeadline: shift.to.toISOString(),
      },
    });
    shifted.push({ step: rows[0], previousDeadline: shift.from });
  }
  return shifted;
}
