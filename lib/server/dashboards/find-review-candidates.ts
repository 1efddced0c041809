import "server-only";
import { defaultReviewCriteria, type TPeriod, type TReviewReason, type TReviewRule } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import type { TRollupFilter } from "./rollup-filter";
import { rollupSignalsSql } from "./rollup-signals-sql";

export type TReviewCandidateRow = {
  userId: string;
  reasons: Omit<TReviewReason, "signalKeys">[];
  person: { id: string; name: string; unitName: string };
};

/** The candidates shown (the first `limit` in reviewCandidates' order) and how many there are in all. */
export type TReviewCandidateList = { total: number; shown: TReviewCandidateRow[] };

type TRow = { userId: string; rules: number[]; counts: number[]; total: number; name: string; unitName: string };

/**
 * Candidates for a review (kiểm điểm) in the scope over `period`, by the written criteria of
 * lib/domain/rollups/reviewCandidates, counted wholly in SQL: per person and rule, the
 * distinct pieces of work (a consultation, else a step, else a task) with a counting signal
 * of the rule's kinds; a person meeting any rule is a candidate. Ordered as the pure
 * function orders them (most rules met, then user id in code-unit order), the first `limit`
 * with their name and unit, and the number of candidates in all. Which signals count is
 * rollupSignalsSql's (accepted answers and cancelled tasks left out).
 */
export async function findReviewCandidates(
  filter: TRollupFilter & { period: TPeriod },
  criteria: readonly TReviewRule[] = defaultReviewCriteria,
  limit = 50,
): Promise<TReviewCandidateList> {
  if (criteria.length === 0 || limit < 1) return { total: 0, shown: [] };
  const pairs = criteria.flatMap((rule, i) =>
    rule.kinds.map((kind) => ({ kind: kind as string, i, atLeast: rule.atLeast })),
  );
  const rows = await db.$queryRaw<TRow[]>`
    WITH r(kind, rule, at_least) AS (
      SELECT * FROM unnest(${pairs.map((p) => p.kind)}::text[], ${pairs.map((p) => p.i)}::int[], ${pairs.map((p) => p.atLeast)}::int[])
    ),
    work AS (
      SELECT DISTINCT x."personId" AS pid, r.rule, r.at_least, COALESCE(x."consultationId", x."stepId", x."taskId") AS work
      FROM (${rollupSignalsSql(filter)}) x JOIN r ON r.kind = x.kind
      WHERE x."personId" IS NOT NULL
    ),
    met AS (
      SELECT pid, rule, count(*)::int AS n FROM work GROUP BY pid, rule, at_least HAVING count(*) >= at_least
    ),
    people AS (
      SELECT pid, count(*) AS reasons, array_agg(rule ORDER BY rule) AS rules, array_agg(n ORDER BY rule) AS counts
      FROM met GROUP BY pid
    ),
    shown AS (
      SELECT p.*, (count(*) OVER ())::int AS total FROM people p
      ORDER BY p.reasons DESC, p.pid COLLATE "C" LIMIT ${limit}::int
    )
    SELECT s.pid AS "userId", s.rules, s.counts, s.total, u.name, un.name AS "unitName"
    FROM shown s JOIN "User" u ON u.id = s.pid JOIN "Unit" un ON un.id = u."unitId"
    ORDER BY s.reasons DESC, s.pid COLLATE "C"`;
  return {
    total: rows[0]?.total ?? 0,
    shown: rows.map((r) => ({
      userId: r.userId,
      reasons: r.rules.map((i, k) => ({ ruleId: criteria[i].id, text: criteria[i].text, count: r.counts[k] })),
      person: { id: r.userId, name: r.name, unitName: r.unitName },
    })),
  };
}
