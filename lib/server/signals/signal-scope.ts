import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import type { Prisma } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Which signals an actor may see: sector-wide roles all of them; a head those whose unit is
 * in their tree (and any about themselves); everyone else only those about themselves. A
 * signal follows its subject's unit, not the task's, so a person always sees what is said
 * about them even when the work has since moved out of their reach.
 */
export function signalScopeWhere(actor: TActor): Prisma.SignalWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (isUnitHead(actor)) return { OR: [{ unit: unitsInTree(actor.unitPath) }, { subjectUserId: actor.id }] };
  return { subjectUserId: actor.id };
}
