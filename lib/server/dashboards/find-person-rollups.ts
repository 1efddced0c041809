import "server-only";
import type { TRollupRow } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import type { TRollupFilter } from "./rollup-filter";
import { rollUpInSql } from "./roll-up-in-sql";

export type TPersonRollup = TRollupRow & {
  person: { id: string; name: string; title: string | null; unitName: string };
};

/**
 * Per person in the scope (steps they own, signals about them), counted in SQL; the people
 * with the most signals, then the most overdue, come first so that a head sees at once whom
 * to talk to. The people and their units are read in one statement.
 */
export async function findPersonRollups(filter: TRollupFilter, now: Date): Promise<TPersonRollup[]> {
  const rows = await rollUpInSql("person", { ...filter, level: "step" }, now);
  const people = await db.$queryRaw<TPersonRollup["person"][]>`
    SELECT p.id, p.name, p.title, un.name AS "unitName" FROM "User" p JOIN "Unit" un ON un.id = p."unitId"
    WHERE p.id = ANY(${rows.map((r) => r.key)}::text[])`;
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows
    .filter((r) => byId.has(r.key))
    .map((r) => ({ ...r, person: byId.get(r.key)! }))
    .sort(
      (a, b) =>
        b.signalTotal - a.signalTotal ||
        b.categories.OVERDUE - a.categories.OVERDUE ||
        a.person.name.localeCompare(b.person.name, "vi"),
    );
}
