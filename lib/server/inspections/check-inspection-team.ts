import "server-only";
import { msg } from "@/lib/i18n/message";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The team as rows to write: one lead, the members without the lead and without repeats. Each
 * must be an active person outside the inspected unit's tree: nobody inspects their own unit.
 */
export async function checkInspectionTeam(
  tx: Prisma.TransactionClient,
  leadUserId: string,
  memberUserIds: readonly string[],
  inspectedUnitPath: string,
) {
  const members = [...new Set(memberUserIds)].filter((id) => id !== leadUserId);
  const ids = [leadUserId, ...members];
  const people = await tx.user.findMany({
    where: { id: { in: ids }, isActive: true },
    select: { id: true, unit: { select: { path: true } } },
  });
  const ok = people.length === ids.length && people.every((p) => !isWithinUnit(p.unit.path, inspectedUnitPath));
  if (!ok) {
    const message = msg("errors.inspectionTeamInvalid");
    throw new DomainError("INVALID_INPUT", message, { memberUserIds: [message] });
  }
  return [
    { userId: leadUserId, role: "LEAD" as const },
    ...members.map((userId) => ({ userId, role: "MEMBER" as const })),
  ];
}
