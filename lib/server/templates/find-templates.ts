import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { canEditTemplate } from "@/lib/domain/templates/can-edit-template";
import type { Prisma } from "@/lib/server/db/prisma";
import { templateSelect } from "./template-select";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/** The list order's key of a template: active first (a), then name (n), then id (i). */
export type TTemplateKey = { a: boolean; n: string; i: string };

export type TFindTemplates = {
  /** Active ones, inactive ones, or all (the default). */
  status?: "active" | "inactive" | "all";
  /** Only those after this key in list order (a keyset page). */
  after?: TTemplateKey | null;
  /** At most this many (the default: all of them). */
  take?: number;
};

/**
 * The templates the actor can use or manage, active first: sector-wide roles see all of
 * them; others see the sector-wide ones, their unit's and its ancestors' (which apply to
 * them), and a head also those of the units below. Each says whether the actor may edit it.
 */
export async function findTemplates(actor: TActor, input: TFindTemplates, _now: Date) {
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
  const { status = "all", after } = input;
  const templates = await db.processTemplate.findMany({
    where: {
      AND: [
        where,
        status === "all" ? {} : { isActive: status === "active" },
        after
          ? {
              OR: [
                // Active ones come first: after an active one, every inactive one is still to come.
                ...(after.a ? [{ isActive: false }] : []),
                { isActive: after.a, name: { gt: after.n } },
                { isActive: after.a, name: after.n, id: { gt: after.i } },
              ],
            }
          : {},
      ],
    },
    take: input.take,
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
    select: templateSelect,
  });
  return templates.map(({ _count, ...t }) => ({ ...t, taskCount: _count.tasks, canEdit: canEditTemplate(actor, t) }));
}
