import "server-only";
import { db } from "@/lib/server/db/prisma";
import type { TRollupFilter } from "./rollup-filter";

/**
 * Escalations waiting for a ruling in the scope: raised TO a unit at or below the scope's
 * unit and not resolved, on tasks not cancelled (of the directive, when filtered); oldest
 * first, since the longest wait needs the ruling first. Not bound to the period: a matter
 * waiting since last month still waits.
 */
export async function findOpenEscalations(filter: TRollupFilter, take = 20) {
  const where = {
    resolvedAt: null,
    toUnit: { path: { startsWith: filter.scopePath } },
    task: { status: { not: "CANCELLED" as const }, ...(filter.directiveId ? { directiveId: filter.directiveId } : {}) },
  };
  const [total, escalations] = await Promise.all([
    db.escalation.count({ where }),
    db.escalation.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true, kind: true, level: true, reason: true, createdAt: true,
        task: { select: { id: true, title: true } },
        step: { select: { name: true, owner: { select: { name: true } } } },
        fromUnit: { select: { name: true } },
        toUnit: { select: { name: true } },
        raisedBy: { select: { name: true } },
      },
    }),
  ]);
  return { escalations, total };
}
