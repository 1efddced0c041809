import type { TDb } from "../../lib/server/db/prisma";
import { unique } from "./unique";

/**
 * The overdue signal of a step whose delay its owner explained and the head accepted as an
 * objective cause: what exempts a late product from the evaluation's timeliness deduction.
 */
export async function createAcceptedExplanation(
  db: TDb,
  task: { id: string; directiveId: string },
  step: { id: string; ownerId: string; unitId: string; deadline: Date },
) {
  return db.signal.create({
    data: {
      key: unique("sig-"),
      kind: "OVERDUE_NO_EXTENSION",
      subjectUserId: step.ownerId,
      unitId: step.unitId,
      taskId: task.id,
      directiveId: task.directiveId,
      stepId: step.id,
      since: step.deadline,
      explanation: "Trễ hạn",
      detectedAt: step.deadline,
      answerStatus: "ACCEPTED",
      countsAgainstPerson: false,
    },
  });
}
