import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { getInspectionDetails } from "../get-inspection-details";

/**
 * What the documents print, read through the same scope as the page: an inspection the actor
 * may not see is NOT_FOUND, and the record (checklist, findings, conclusion) is there only when
 * the actor may read it. Adds the inspected unit's head, who signs the minutes for the unit.
 */
export async function loadInspectionDocument(actor: TActor, id: string, now: Date) {
  const inspection = await getInspectionDetails(actor, id, now);
  const head = await db.user.findFirst({
    where: { unitId: inspection.inspectedUnit.id, position: "HEAD", isActive: true },
    orderBy: { createdAt: "asc" },
    select: { name: true, title: true },
  });
  return { ...inspection, inspectedHead: head };
}

export type TInspectionDocument = Awaited<ReturnType<typeof loadInspectionDocument>>;
