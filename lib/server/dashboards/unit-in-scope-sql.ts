import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * `unitId` is a unit of the scope (the unit at `scopePath` or below it), as a semi-join, for
 * tables that carry a unit id but no path (the roll-up cells).
 */
export function unitInScopeSql(unitId: Prisma.Sql, scopePath: string): Prisma.Sql {
  return Prisma.sql`${unitId} IN (SELECT su.id FROM "Unit" su WHERE su.path LIKE ${scopePath} || '%')`;
}
