import "server-only";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { getPolicy } from "@/lib/server/settings/get-policy";
import type { TClassifyContext } from "../serialize/serialize-task";

/** The calendar and thresholds every classification of this request is computed with. */
export async function getClassifyContext(now: Date): Promise<TClassifyContext> {
  const [cal, policy] = await Promise.all([getWorkCalendar(), getPolicy()]);
  return { cal, policy, now };
}
