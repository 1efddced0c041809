import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/** One open task's work held by a closing unit. */
export type TWorkToHandOver = {
  taskId: string;
  leadMoved: boolean;
  stepIds: string[];
  consultationIds: string[];
  escalationIds: string[];
};

/**
 * The open work a unit holds, task by task: open tasks it leads, their steps not done in it,
 * consultations addressed to it still unanswered, escalations to it unresolved. Tasks are found
 * through TaskUnit (lead, steps' and consultations' units) and the escalations' own index, so a
 * unit's share is read without scanning the sector's tasks. Done steps and answered
 * consultations stay with the unit: that is its history.
 */
export async function findWorkToHandOver(tx: Prisma.TransactionClient, unitId: string): Promise<TWorkToHandOver[]> {
  const rows = await tx.$queryRaw<TWorkToHandOver[]>`
    WITH involved AS (
      SELECT t.id, t."leadUnitId" = ${unitId} AS lead
        FROM "Task" t
       WHERE t.status IN ('OPEN', 'IN_PROGRESS')
         AND (t.id IN (SELECT "taskId" FROM "TaskUnit" WHERE "unitId" = ${unitId})
              OR t.id IN (SELECT "taskId" FROM "Escalation" WHERE "toUnitId" = ${unitId} AND "resolvedAt" IS NULL))
    )
    SELECT i.id AS "taskId", i.lead AS "leadMoved",
           ARRAY(SELECT s.id FROM "TaskStep" s
                  WHERE s."taskId" = i.id AND s."unitId" = ${unitId} AND s.status <> 'DONE'
                  ORDER BY s."order") AS "stepIds",
           ARRAY(SELECT c.id FROM "Consultation" c JOIN "TaskStep" s ON s.id = c."stepId"
                  WHERE s."taskId" = i.id AND c."targetUnitId" = ${unitId} AND c."answeredAt" IS NULL
                  ORDER BY c."createdAt", c.id) AS "consultationIds",
           ARRAY(SELECT e.id FROM "Escalation" e
                  WHERE e."taskId" = i.id AND e."toUnitId" = ${unitId} AND e."resolvedAt" IS NULL
                  ORDER BY e."createdAt", e.id) AS "escalationIds"
      FROM involved i
     ORDER BY i.id`;
  return rows.filter((r) => r.leadMoved || r.stepIds.length + r.consultationIds.length + r.escalationIds.length > 0);
}
