import "server-only";
import {
  defaultReviewCriteria, reviewCandidates, type TPeriod, type TReviewCandidate, type TReviewRule, type TRollupSignal,
} from "@/lib/domain/rollups";
import type { TSignalKind } from "@/lib/domain/signals";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { cellsCanAnswer } from "./rollup-cells-sql";
import { rollupSignalCellsSql } from "./rollup-signal-cells-sql";
import { rollupSignalsSql } from "./rollup-signals-sql";

export type TReviewCandidateRow = TReviewCandidate & { person: { id: string; name: string; unitName: string } };

/**
 * The people who can meet a rule at all: distinct pieces of work are never more than the
 * signals, so whoever has fewer signals of a rule's kinds than it asks for cannot meet it.
 * Read from RollupSignalCell when it can answer (whole months, no directive or person filter);
 * null otherwise (everyone may).
 */
async function reviewShortlist(filter: TRollupFilter, criteria: readonly TReviewRule[]): Promise<string[] | null> {
  if (!cellsCanAnswer("person", filter) || filter.personIds) return null;
  const mayMeet = Prisma.join(
    criteria.map((rule) => Prisma.sql`sum(x.n) FILTER (WHERE x.kind = ANY(${[...rule.kinds]}::text[])) >= ${rule.atLeast}::int`),
    " OR ",
  );
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT x."personId" AS id FROM (${rollupSignalCellsSql("person", filter)}) x GROUP BY 1 HAVING ${mayMeet}`;
  return rows.map((r) => r.id);
}

/**
 * Candidates for a review (kiểm điểm) in the scope over `period`, by reviewCandidates and
 * its written criteria. SQL first narrows the people (the shortlist from the signal cells,
 * else those meeting a rule by distinct pieces of work counted in the database), then the
 * pure function reads just those people's signals, so its reasons, counts and evidence keys
 * are the ones shown.
 */
export async function findReviewCandidates(
  filter: TRollupFilter & { period: TPeriod },
  criteria: readonly TReviewRule[] = defaultReviewCriteria,
): Promise<TReviewCandidateRow[]> {
  if (criteria.length === 0) return [];
  const shortlist = await reviewShortlist(filter, criteria);
  if (shortlist?.length === 0) return [];
  const ids = shortlist ?? (await peopleMeetingARule(filter, criteria));
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<TRollupSignal, "kind"> & { kind: TSignalKind })[]>`
    WITH x AS (${rollupSignalsSql({ ...filter, personIds: ids })})
    SELECT x.key, x.kind, x."personId" AS "subjectUserId", x."unitId", x."taskId", x."stepId", x."consultationId", x."reportedAt" AS since
    FROM x`;
  const candidates = reviewCandidates(rows, filter.period, criteria);
  const users = await db.user.findMany({
    where: { id: { in: candidates.map((c) => c.userId) } },
    select: { id: true, name: true, unit: { select: { name: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, { id: u.id, name: u.name, unitName: u.unit.name }]));
  return candidates.filter((c) => byId.has(c.userId)).map((c) => ({ ...c, person: byId.get(c.userId)! }));
}

/** Without a shortlist: the people meeting at least one rule, distinct pieces of work counted in SQL. */
async function peopleMeetingARule(filter: TRollupFilter & { period: TPeriod }, criteria: readonly TReviewRule[]): Promise<string[]> {
  const meetsARule = Prisma.join(
    criteria.map((rule) => Prisma.sql`count(DISTINCT COALESCE(x."consultationId", x."stepId", x."taskId"))
      FILTER (WHERE x.kind = ANY(${[...rule.kinds]}::text[])) >= ${rule.atLeast}::int`),
    " OR ",
  );
  const people = await db.$queryRaw<{ id: string }[]>`
    WITH x AS (${rollupSignalsSql(filter)})
    SELECT x."personId" AS id FROM x WHERE x."personId" IS NOT NULL
    GROUP BY x."personId" HAVING ${meetsARule}`;
  return people.map((p) => p.id);
}
