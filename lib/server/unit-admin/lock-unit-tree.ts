import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Serialises changes to the unit tree for the rest of the transaction. Two moves checked each
 * against the tree as it was (A under B, B under A) would together make a cycle; one at a time,
 * the second sees the first. Reads are not blocked, and the tree changes rarely.
 */
export async function lockUnitTree(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trach-nhiem:unit-tree'))`;
}
