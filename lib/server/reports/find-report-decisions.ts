import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TLocalDate } from "@/lib/domain/calendar";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { decisionScopeWhere } from "@/lib/server/decisions/decision-scope";
import { evidenceOf } from "@/lib/server/decisions/evidence-of";
import { dayOf } from "@/lib/server/inspections/day-of";

/**
 * The review and commendation decisions of a report: those recorded for people of the unit's
 * tree (their unit when recorded) whose document is dated within the period (both days
 * inclusive; no dates: all of them), oldest document first, at most `limit`, with how many in all.
 */
export async function findReportDecisions(
  actor: TActor,
  f: { unitPath: string; from: TLocalDate | null; to: TLocalDate | null },
  limit: number,
) {
  const documentDate = {
    ...(f.from ? { gte: dayOf(f.from) } : {}),
    ...(f.to ? { lte: dayOf(f.to) } : {}),
  };
  const where: Prisma.PersonnelDecisionWhereInput = {
    AND: [decisionScopeWhere(actor), { unit: unitsInTree(f.unitPath) }, f.from || f.to ? { documentDate } : {}],
  };
  const [total, rows] = await Promise.all([
    db.personnelDecision.count({ where }),
    db.personnelDecision.findMany({
      where,
      orderBy: [{ documentDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        kind: true,
        periodKey: true,
        form: true,
        documentNumber: true,
        documentDate: true,
        reason: true,
        evidence: true,
        user: { select: { name: true } },
        unit: { select: { name: true } },
        createdBy: { select: { name: true } },
      },
    }),
  ]);
  return { total, items: rows.map((r) => ({ ...r, evidence: evidenceOf(r.evidence) })) };
}
