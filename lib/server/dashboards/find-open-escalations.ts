import "server-only";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";

type TEscalationListRow = {
  id: string;
  kind: string;
  level: number;
  reason: string;
  createdAt: Date;
  taskId: string;
  taskTitle: string;
  stepName: string | null;
  ownerName: string | null;
  fromUnitName: string;
  toUnitName: string;
  raisedByName: string | null;
};

/**
 * Escalations waiting for a ruling in the scope: raised TO a unit at or below the scope's
 * unit and not resolved, on tasks not cancelled (of the directive, when filtered); oldest
 * first, since the longest wait needs the ruling first. Not bound to the period: a matter
 * waiting since last month still waits. Each row comes with its task, step, owner and units
 * in the same statement.
 */
export async function findOpenEscalations(filter: TRollupFilter, take = 20) {
  const where = Prisma.sql`e."resolvedAt" IS NULL AND tu.path LIKE ${filter.scopePath} || '%' AND t.status <> 'CANCELLED'
    ${filter.directiveId ? Prisma.sql`AND t."directiveId" = ${filter.directiveId}` : Prisma.empty}`;
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Escalation" e
      JOIN "Unit" tu ON tu.id = e."toUnitId" JOIN "Task" t ON t.id = e."taskId" WHERE ${where}`,
    db.$queryRaw<TEscalationListRow[]>`
      SELECT e.id, e.kind::text AS kind, e.level, e.reason, e."createdAt", t.id AS "taskId", t.title AS "taskTitle",
        s.name AS "stepName", o.name AS "ownerName", fu.name AS "fromUnitName", tu.name AS "toUnitName", rb.name AS "raisedByName"
      FROM "Escalation" e
      JOIN "Unit" tu ON tu.id = e."toUnitId"
      JOIN "Task" t ON t.id = e."taskId"
      JOIN "Unit" fu ON fu.id = e."fromUnitId"
      LEFT JOIN "TaskStep" s ON s.id = e."stepId"
      LEFT JOIN "User" o ON o.id = s."ownerId"
      LEFT JOIN "User" rb ON rb.id = e."raisedById"
      WHERE ${where}
      ORDER BY e."createdAt" ASC, e.id ASC
      LIMIT ${take}`,
  ]);
  const escalations = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    level: r.level,
    reason: r.reason,
    createdAt: r.createdAt,
    task: { id: r.taskId, title: r.taskTitle },
    step: r.stepName !== null ? { name: r.stepName, owner: { name: r.ownerName ?? "" } } : null,
    fromUnit: { name: r.fromUnitName },
    toUnit: { name: r.toUnitName },
    raisedBy: r.raisedByName !== null ? { name: r.raisedByName } : null,
  }));
  return { escalations, total };
}
