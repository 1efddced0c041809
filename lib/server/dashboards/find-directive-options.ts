import "server-only";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";

export type TDirectiveOption = { id: string; number: string; subject: string };

/**
 * Directives with work in the scope (a task led, or a step owned, by a unit at or below it;
 * tasks not cancelled), newest first, for the filter; read from RollupDirectiveUnit, which the
 * database keeps. Below the root, from the scope's units to their directives; at the root,
 * where nearly every directive has work, from each directive to its first unit in scope.
 */
export async function findDirectiveOptions(scopePath: string): Promise<TDirectiveOption[]> {
  const isRoot = scopePath.split("/").filter(Boolean).length === 1;
  const inScope = Prisma.sql`FROM "RollupDirectiveUnit" r JOIN "Unit" u ON u.id = r."unitId"
    WHERE u.path LIKE ${scopePath} || '%'`;
  const withWork = isRoot
    ? Prisma.sql`EXISTS (SELECT 1 ${inScope} AND r."directiveId" = d.id)`
    : Prisma.sql`d.id IN (SELECT r."directiveId" ${inScope})`;
  return db.$queryRaw<TDirectiveOption[]>`
    SELECT d.id, d.number, d.subject FROM "Directive" d
    WHERE ${withWork}
    ORDER BY d."issuedAt" DESC, d.number ASC
    LIMIT 200`;
}
