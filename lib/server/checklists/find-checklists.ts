import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * The checklists in use, with their live items in order. Every signed-in reader may read them:
 * they are the directives' obligations, published, not anyone's work.
 */
export async function findChecklists() {
  return db.checklist.findMany({
    where: { archivedAt: null },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      items: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, position: true, text: true, citation: true },
      },
    },
  });
}
