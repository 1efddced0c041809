import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { canEditTemplate } from "@/lib/domain/templates/can-edit-template";
import type { Prisma } from "@/lib/server/db/prisma";
import { templateSelect } from "./template-select";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * The templates the actor can use or manage, active first: sector-wide roles see all of
 * them; others see the sector-wide ones, their unit's and its ancestors' (which apply to
 * them), and a head also those of the units below. Each says whether the actor may edit it.
 */
export async function findTemplates(actor: TActor, _input: Record<string, never>, _now: Date) {
  const ancestors = actor.unitPath.split("/").filter(Boolean);
  const where: Prisma.ProcessTemplateWhereInput = hasSectorWideView(actor)
    ? {}
    : {
        OR: [
          { unitId: null },
          { unitId: { in: ancestors } },
          ...(isUnitHead(actor) ? [{ unit: unitsInTree(actor.unitPath) }] : []),
        ],
      };
  const templates = await db.processTemplate.findMany({
    where,
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
    select: templateSelect,
  });
  return templates.map(({ _count, ...t }) => ({ ...t, taskCount: _count.tasks, canEdit: canEditTemplate(actor, t) }));
}
