import "server-only";
import type { TSignalKind } from "@/lib/domain/signals";
import type { Prisma } from "@/lib/server/db/prisma";
import { db } from "@/lib/server/db/prisma";
import type { TRollupFilter } from "./rollup-filter";

export type TScopeSignalOptions = {
  kind?: TSignalKind;
  ownUnitId?: string;
  /** Also list signals whose answer was accepted (shown, but not counted). */
  includeAccepted?: boolean;
  page?: number;
  pageSize?: number;
};

/**
 * The signals behind a roll-up's signal counts, newest first, with their plain-Vietnamese
 * explanation and evidence: the same conditions as rollupSignalsSql, written for Prisma so
 * that the rows come with their people, unit and task.
 */
export async function findScopeSignals(filter: TRollupFilter, options: TScopeSignalOptions = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 50;
  const where: Prisma.SignalWhereInput = {
    ...(options.includeAccepted ? {} : { countsAgainstPerson: true }),
    unit: { path: { startsWith: filter.scopePath } },
    task: { status: { not: "CANCELLED" }, ...(filter.directiveId ? { directiveId: filter.directiveId } : {}) },
    ...(filter.personId ? { subjectUserId: filter.personId } : {}),
    ...(filter.period ? { since: { gte: filter.period.from, lt: filter.period.to } } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.ownUnitId ? { unitId: options.ownUnitId } : {}),
  };
  const [total, signals] = await Promise.all([
    db.signal.count({ where }),
    db.signal.findMany({
      where,
      orderBy: [{ since: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, kind: true, since: true, explanation: true, answerStatus: true, countsAgainstPerson: true,
        resolvedAt: true, evidenceEventIds: true, stepId: true,
        subjectUser: { select: { id: true, name: true } },
        unit: { select: { id: true, name: true } },
        task: { select: { id: true, title: true, directive: { select: { number: true } } } },
      },
    }),
  ]);
  return { signals: signals.map((s) => ({ ...s, kind: s.kind as TSignalKind })), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
