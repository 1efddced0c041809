import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Which decisions an actor may read: the sector-wide roles (TCCB, inspectors, administrators)
 * all; a head those recorded in their unit's tree, and their own; anyone else only the decisions
 * about themselves. The unit is the one the person was in when it was recorded, as the reports
 * read it; a person always sees their own wherever they have moved since.
 */
export function decisionScopeWhere(actor: TActor): Prisma.PersonnelDecisionWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (isUnitHead(actor)) return { OR: [{ unit: unitsInTree(actor.unitPath) }, { userId: actor.id }] };
  return { userId: actor.id };
}
