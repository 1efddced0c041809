import "server-only";
import { db } from "@/lib/server/db/prisma";

/** A unit as the administration API answers it, after a write. */
export async function getAdminUnitRecord(id: string) {
  const u = await db.unit.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      level: true,
      parentId: true,
      path: true,
      closedAt: true,
      successorId: true,
    },
  });
  return { ...u, closedAt: u.closedAt?.toISOString() ?? null };
}
