import "server-only";
import { db } from "@/lib/server/db/prisma";

/** The path of the unit the decisions page is filtered by (its tree), or null for no unit filter. */
export async function findDecisionUnitPath(unitId: string | undefined): Promise<string | null> {
  if (!unitId) return null;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { path: true } });
  // A unit that does not exist matches no decision, rather than silently showing every one.
  return unit?.path ?? "/no-such-unit/";
}
