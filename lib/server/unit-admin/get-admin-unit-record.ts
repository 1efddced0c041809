import "server-only";
import { db } from "@/lib/server/db/prisma";
import { unitAdminSelect } from "./unit-admin-select";

/** A unit as the administration API answers it, after a write. */
export async function getAdminUnitRecord(id: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id }, select: { ...unitAdminSelect, successorId: true } });
  return { ...u, closedAt: u.closedAt?.toISOString() ?? null };
}
