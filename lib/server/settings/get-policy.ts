import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db/prisma";

const ZPolicy = z.object({
  dueSoonWorkingDays: z.number().int().min(0).max(30).default(3),
  stalledAfterWorkingDays: z.number().int().min(1).max(60).default(5),
  pingPongReassignments: z.number().int().min(1).max(20).default(3),
  escalationLadder: z.array(z.number().int().min(0)).default([2, 5, 10]),
});
export type TPolicy = z.infer<typeof ZPolicy>;

/** Thresholds admins can tune; a missing or malformed row falls back to the defaults. */
export async function getPolicy(): Promise<TPolicy> {
  const row = await db.setting.findUnique({ where: { key: "policy" } });
  const parsed = ZPolicy.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : ZPolicy.parse({});
}
