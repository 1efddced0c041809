import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * The row of a step the caller has just acted on (the action itself checked the scope), for
 * the actions whose server function returns what they created rather than the step.
 */
export async function getStepStateOrThrow(stepId: string) {
  return db.taskStep.findUniqueOrThrow({ where: { id: stepId } });
}
