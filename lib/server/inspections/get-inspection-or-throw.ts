import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canSeeConclusion, inspectionAccess } from "@/lib/domain/inspections/inspection-access";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { inspectionScopeWhere } from "./inspection-scope";
import { inspectionSelect, reachOf } from "./inspection-select";

/**
 * One inspection, if the actor may know of it at `now`, with how far they reach into it. Out of
 * scope answers NOT_FOUND, exactly like a missing id. The query is scoped and the pure rule is
 * applied again to the row: the two must agree, and a disagreement refuses.
 */
export async function getInspectionOrThrow(actor: TActor, id: string, now: Date, tx: Prisma.TransactionClient = db) {
  const row = await tx.inspection.findFirst({
    where: { AND: [{ id }, inspectionScopeWhere(actor, now)] },
    select: inspectionSelect,
  });
  const access = row ? inspectionAccess(actor, reachOf(row), now) : "none";
  if (!row || access === "none") throw new DomainError("NOT_FOUND", msg("errors.inspectionNotFound"));
  return { ...row, access, conclusionVisible: canSeeConclusion(access, row, now) };
}
