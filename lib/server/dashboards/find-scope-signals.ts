import "server-only";
import type { TSignalKind } from "@/lib/domain/signals";
import type { TLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/server/db/prisma";
import { readingClockAt, signalExplanation } from "@/lib/server/signals/signal-explanation";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { signalFilterSql } from "./rollup-signals-sql";
import { taskNotCancelledProbeSql } from "./task-not-cancelled-sql";

export type TScopeSignalOptions = {
  kind?: TSignalKind;
  ownUnitId?: string;
  /** Also list signals whose answer was accepted (shown, but not counted). */
  includeAccepted?: boolean;
  page?: number;
  pageSize?: number;
  /** The reader's language, for the explanations. */
  locale: TLocale;
  /** The moment of reading: the explanations' working days are counted to it. */
  now: Date;
};

type TSignalListRow = {
  id: string;
  kind: TSignalKind;
  since: Date;
  explanation: string;
  explanationMessage: unknown;
  answerStatus: string;
  countsAgainstPerson: boolean;
  resolvedAt: Date | null;
  evidenceEventIds: string[];
  stepId: string | null;
  subjectUserId: string | null;
  subjectUserName: string | null;
  unitId: string;
  unitName: string;
  taskId: string;
  taskTitle: string;
  directiveNumber: string;
};

/**
 * The signals behind a roll-up's signal counts, newest first, with their explanation (in the
 * reader's language) and evidence: the conditions of rollupSignalsSql (plus the list's own), and
 * each row read with its person, unit, task and directive in the same statement, so that a
 * page of signals is one round trip rather than one per relation.
 */
export async function findScopeSignals(filter: TRollupFilter, options: TScopeSignalOptions) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 50;
  const where = scopeSignalsWhereSql(filter, options);
  const [clock, [{ total }], rows] = await Promise.all([
    readingClockAt(options.now),
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM "Signal" sg JOIN "Unit" u ON u.id = sg."unitId" WHERE ${where}`,
    db.$queryRaw<TSignalListRow[]>`
      SELECT sg.id, sg.kind::text AS kind, sg.since, sg.explanation, sg."explanationMessage", sg."answerStatus"::text AS "answerStatus",
        sg."countsAgainstPerson", sg."resolvedAt", sg."evidenceEventIds", sg."stepId",
        sg."subjectUserId", p.name AS "subjectUserName", u.id AS "unitId", u.name AS "unitName",
        t.id AS "taskId", t.title AS "taskTitle", d.number AS "directiveNumber"
      FROM "Signal" sg
      JOIN "Unit" u ON u.id = sg."unitId"
      JOIN "Task" t ON t.id = sg."taskId"
      JOIN "Directive" d ON d.id = t."directiveId"
      LEFT JOIN "User" p ON p.id = sg."subjectUserId"
      WHERE ${where}
      ORDER BY sg.since DESC, sg.id ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const signals = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    since: r.since,
    explanation: signalExplanation(r, options.locale, clock),
    answerStatus: r.answerStatus,
    countsAgainstPerson: r.countsAgainstPerson,
    resolvedAt: r.resolvedAt,
    evidenceEventIds: r.evidenceEventIds,
    stepId: r.stepId,
    subjectUser: r.subjectUserId ? { id: r.subjectUserId, name: r.subjectUserName ?? "" } : null,
    unit: { id: r.unitId, name: r.unitName },
    task: { id: r.taskId, title: r.taskTitle, directive: { number: r.directiveNumber } },
  }));
  return { signals, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * Which signals the list holds (alias sg, its unit u): those rollupSignalsSql counts
 * (signalFilterSql), narrowed by the options. Cancelled tasks are left out by
 * taskNotCancelledProbeSql: with the hashed list a province's few hundred signals were read by
 * scanning the sector's (40 ms instead of 8).
 */
function scopeSignalsWhereSql(filter: TRollupFilter, options: TScopeSignalOptions): Prisma.Sql {
  const conditions = [
    ...signalFilterSql(filter),
    taskNotCancelledProbeSql(Prisma.sql`sg."taskId"`),
    options.includeAccepted ? null : Prisma.sql`sg."countsAgainstPerson"`,
    options.kind ? Prisma.sql`sg.kind::text = ${options.kind}` : null,
    options.ownUnitId ? Prisma.sql`sg."unitId" = ${options.ownUnitId}` : null,
  ];
  return Prisma.join(
    conditions.filter((c): c is Prisma.Sql => c !== null),
    " AND ",
  );
}
