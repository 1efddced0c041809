import "server-only";
import { policyFromStored, type TPolicy } from "@/lib/schemas/policy";
import { db, type Prisma } from "@/lib/server/db/prisma";

export type { TPolicy };

/**
 * Thresholds admins can tune, read through `client`: inside a transaction on PGlite (one
 * connection) a read through the global client would wait for the transaction to end.
 */
export async function getPolicy(client: Prisma.TransactionClient = db): Promise<TPolicy> {
  const row = await client.setting.findUnique({ where: { key: "policy" } });
  return policyFromStored(row?.value);
}
