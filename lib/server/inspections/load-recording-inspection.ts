import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canReadInspectedWork } from "@/lib/domain/inspections/inspection-access";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { getInspectionOrThrow } from "./get-inspection-or-throw";
import { reachOf } from "./inspection-select";

/**
 * The inspection, for a write of the team's record (an answer, a finding): only the team, only
 * while it is under way, the same window in which they read the inspected unit's work.
 */
export async function loadRecordingInspection(tx: Prisma.TransactionClient, actor: TActor, id: string, now: Date) {
  const inspection = await getInspectionOrThrow(actor, id, now, tx);
  if (!canReadInspectedWork(actor, reachOf(inspection), now))
    throw new DomainError("FORBIDDEN", msg("errors.inspectionTeamOnly"));
  return inspection;
}
