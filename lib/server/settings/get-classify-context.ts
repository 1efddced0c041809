import "server-only";
import type { TWorkCalendar } from "@/lib/domain/calendar";
import type { TClassificationPolicy } from "@/lib/domain/classification";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { getPolicy } from "./get-policy";

/** What classifying a task needs besides the task: the work calendar, the thresholds and the moment. */
export type TClassifyContext = { cal: TWorkCalendar; policy: TClassificationPolicy; now: Date };

/** The calendar and thresholds every classification of this request is computed with. */
export async function getClassifyContext(now: Date): Promise<TClassifyContext> {
  const [cal, policy] = await Promise.all([getWorkCalendar(), getPolicy()]);
  return { cal, policy, now };
}
