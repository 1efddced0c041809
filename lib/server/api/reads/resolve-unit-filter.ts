import "server-only";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/** The path of the unit a list is filtered by; an unknown unit is a bad filter (400), not an empty list. */
export async function resolveUnitFilter(unitId: string | undefined, field = "unit"): Promise<string | null> {
  if (!unitId) return null;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { path: true } });
  if (!unit)
    throw new DomainError("INVALID_INPUT", msg("errors.unitUnknown"), { [field]: [msg("errors.unitUnknown")] });
  return unit.path;
}
