import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TDecisionKind } from "@/lib/schemas/decisions";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { decisionScopeWhere } from "./decision-scope";
import { evidenceOf } from "./evidence-of";

export const DECISIONS_PAGE_SIZE = 20;

export type TFindDecisions = {
  /** This one decision (what recording one answers with); still only if the actor may read it. */
  decisionId?: string;
  userId?: string;
  /** The path of a unit: its decisions and those of the units below it. */
  unitPath?: string;
  periodKey?: string;
  kind?: TDecisionKind;
  page: number;
  /** The page after this decision instead of page `page` (the API's keyset cursor). */
  after?: { createdAt: Date; id: string };
  pageSize?: number;
};

/**
 * The decisions the actor may read (decisionScopeWhere), filtered and paged in SQL, newest
 * first, with the person, their unit then, the recorder and the evidence's ids.
 */
export async function findDecisions(actor: TActor, f: TFindDecisions) {
  const size = f.pageSize ?? DECISIONS_PAGE_SIZE;
  const where: Prisma.PersonnelDecisionWhereInput = {
    AND: [
      decisionScopeWhere(actor),
      f.decisionId ? { id: f.decisionId } : {},
      f.userId ? { userId: f.userId } : {},
      f.unitPath ? { unit: unitsInTree(f.unitPath) } : {},
      f.periodKey ? { periodKey: f.periodKey } : {},
      f.kind ? { kind: f.kind } : {},
    ],
  };
  const after = f.after;
  const page = Math.max(1, f.page);
  const [total, rows] = await Promise.all([
    db.personnelDecision.count({ where }),
    db.personnelDecision.findMany({
      where: after
        ? {
            AND: [
              where,
              { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] },
            ],
          }
        : where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: after ? 0 : (page - 1) * size,
      take: size + 1,
      select: {
        id: true,
        kind: true,
        periodKey: true,
        form: true,
        documentNumber: true,
        documentDate: true,
        reason: true,
        evidence: true,
        createdAt: true,
        user: { select: { id: true, name: true } },
        unit: { select: { id: true, name: true } },
        createdBy: { select: { id: true, name: true } },
      },
    }),
  ]);
  const shown = rows.slice(0, size).map((r) => ({ ...r, evidence: evidenceOf(r.evidence) }));
  // An event is shown as a link to its task's page, an evaluation to its scorecard: one query each for the page.
  const [events, evaluations] = await Promise.all([
    db.event.findMany({
      where: { id: { in: shown.flatMap((r) => r.evidence.eventIds) } },
      select: { id: true, taskId: true },
    }),
    db.evaluation.findMany({
      where: { id: { in: shown.flatMap((r) => r.evidence.evaluationIds) } },
      select: { id: true, periodKey: true },
    }),
  ]);
  const taskOf = new Map(events.map((e) => [e.id, e.taskId]));
  const periodOf = new Map(evaluations.map((e) => [e.id, e.periodKey]));
  const items = shown.map((r) => ({
    ...r,
    eventLinks: r.evidence.eventIds.map((id) => ({ id, taskId: taskOf.get(id) ?? null })),
    evaluationLinks: r.evidence.evaluationIds.map((id) => ({ id, periodKey: periodOf.get(id) ?? null })),
  }));
  return { items, hasMore: rows.length > size, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

export type TDecisionListItem = Awaited<ReturnType<typeof findDecisions>>["items"][number];
