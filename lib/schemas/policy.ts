import { z } from "zod";

/** The signal thresholds admins can tune, stored as the "policy" setting. */
export const ZPolicy = z.object({
  dueSoonWorkingDays: z.number().int().min(0).max(30).default(3),
  stalledAfterWorkingDays: z.number().int().min(1).max(60).default(5),
  pingPongReassignments: z.number().int().min(1).max(20).default(3),
  escalationLadder: z.array(z.number().int().min(0)).default([2, 5, 10]),
});
export type TPolicy = z.infer<typeof ZPolicy>;

/** The stored policy, or the defaults where it is missing or malformed: a bad row must not stop the signals. */
export function policyFromStored(stored: unknown): TPolicy {
  const parsed = ZPolicy.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ZPolicy.parse({});
}
