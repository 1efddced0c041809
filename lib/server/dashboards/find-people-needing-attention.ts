import "server-only";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import { findPersonRollups, type TPersonRollup } from "./find-person-rollups";
import type { TRollupFilter } from "./rollup-filter";
import { cellsCanAnswer } from "./rollup-cells-sql";
import { rollupSignalCellsSql } from "./rollup-signal-cells-sql";
import { rollupSignalsSql } from "./rollup-signals-sql";

const needsAttention = (p: TPersonRollup) => p.signalTotal > 0 || p.categories.OVERDUE > 0;

/**
 * The people of the scope who most need a word, at most `limit`, in findPersonRollups' order
 * (most signals, then most overdue, then name), each with their whole roll-up. Across the
 * sector that order is decided without counting everyone's work: signals per person come
 * from the signals alone, and only the people who can reach the list (as many signals as the
 * `limit`-th person, or more) have their steps counted. When fewer people than `limit` have
 * signals, people with overdue work alone can rank too, and everyone is counted.
 */
export async function findPeopleNeedingAttention(
  filter: TRollupFilter,
  now: Date,
  limit: number,
): Promise<TPersonRollup[]> {
  if (limit < 1) return [];
  const perPerson = cellsCanAnswer("person", filter)
    ? Prisma.sql`SELECT x."personId" AS id, sum(x.n)::int AS n FROM (${rollupSignalCellsSql("person", filter)}) x GROUP BY 1`
    : Prisma.sql`SELECT x."personId" AS id, count(*)::int AS n FROM (${rollupSignalsSql(filter)}) x
        WHERE x."personId" IS NOT NULL GROUP BY 1`;
  // Everyone with at least as many signals as the limit-th person (ties included); nobody
  // when fewer than `limit` people have signals.
  const reaching = await db.$queryRaw<{ id: string }[]>`
    WITH c AS MATERIALIZED (${perPerson})
    SELECT c.id FROM c WHERE c.n >= (SELECT c2.n FROM c c2 ORDER BY c2.n DESC OFFSET ${limit - 1}::int LIMIT 1)`;
  if (reaching.length < limit) return (await findPersonRollups(filter, now)).filter(needsAttention).slice(0, limit);
  const personIds = reaching.map((c) => c.id);
  return (await findPersonRollups({ ...filter, personIds }, now)).filter(needsAttention).slice(0, limit);
}
