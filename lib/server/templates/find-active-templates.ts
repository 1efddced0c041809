import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * The active process templates a form offers, by name, with their unit and their steps in
 * order: the task form and the inspection conclusion's recommendations lay out steps from them.
 */
export function findActiveTemplates() {
  return db.processTemplate.findMany({
    where: { isActive: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      unit: { select: { path: true, name: true } },
      steps: { orderBy: { order: "asc" }, select: { name: true, kind: true, defaultDurationDays: true } },
    },
  });
}
