import "server-only";
import { ZEventPayload } from "@/lib/schemas/event-payloads";
import type { Prisma } from "@/lib/server/db/prisma";
import { currentRequestMetadata } from "@/lib/server/request/request-metadata";
import type { TWorkToHandOver } from "./find-work-to-hand-over";

/**
 * Hands a closing unit's open work (as countUnitHoldings read it, in the same transaction) to its successor, set-based: a district's hundreds of open
 * tasks move in a few statements, not a write path per step. The owners keep their steps (their
 * people move with the unit); only the unit the work counts to changes, and the database's
 * triggers move TaskUnit, the scopes and the roll-ups with it. Each task gets one
 * WORK_HANDED_TO_SUCCESSOR event, in the same transaction: the bulk's own writer, as the seed's
 * is, since recordTaskEvent writes one task at a time. Versions are bumped so a form opened
 * before the merge is refused rather than applied over it, and the sweep re-reads the tasks'
 * signals at once (their heads changed).
 */
export async function handWorkToSuccessor(
  tx: Prisma.TransactionClient,
  work: readonly TWorkToHandOver[],
  from: string,
  to: string,
  actorId: string,
  now: Date,
): Promise<number> {
  if (work.length === 0) return 0;
  const ids = (pick: (w: TWorkToHandOver) => string[]) => work.flatMap(pick);
  const taskIds = work.map((w) => w.taskId);
  await tx.$executeRaw`UPDATE "TaskStep" SET "unitId" = ${to}, version = version + 1 WHERE id = ANY(${ids((w) => w.stepIds)})`;
  await tx.$executeRaw`UPDATE "Consultation" SET "targetUnitId" = ${to} WHERE id = ANY(${ids((w) => w.consultationIds)})`;
  await tx.$executeRaw`UPDATE "Escalation" SET "toUnitId" = ${to} WHERE id = ANY(${ids((w) => w.escalationIds)})`;
  await tx.$executeRaw`
    UPDATE "Task"
       SET "leadUnitId" = CASE WHEN "leadUnitId" = ${from} THEN ${to} ELSE "leadUnitId" END,
           version = version + 1,
           "signalsCheckAt" = LEAST(COALESCE("signalsCheckAt", ${now}::timestamp(3)), ${now}::timestamp(3))
     WHERE id = ANY(${taskIds})`;
  const metadata = currentRequestMetadata();
  await tx.event.createMany({
    data: work.map((w) => {
      const { payload } = ZEventPayload.parse({
        kind: "WORK_HANDED_TO_SUCCESSOR",
        payload: {
          fromUnitId: from,
          toUnitId: to,
          stepIds: w.stepIds,
          consultationIds: w.consultationIds,
          escalationIds: w.escalationIds,
          leadMoved: w.leadMoved,
        },
      });
      return { kind: "WORK_HANDED_TO_SUCCESSOR", actorId, at: now, taskId: w.taskId, payload, ...metadata };
    }),
  });
  return work.length;
}
