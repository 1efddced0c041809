import "server-only";
import { addCalendarDays, startOfLocalDay } from "@/lib/domain/calendar";
import type { TPeriod } from "@/lib/domain/rollups";

/**
 * The local month 'YYYY-MM' as a half-open period, narrowed to `within` when given (an
 * empty period, from = to, when they do not overlap).
 */
export function monthPeriod(month: string, within?: TPeriod | null): TPeriod {
  const nextMonth = addCalendarDays(`${month}-28`, 4).slice(0, 7);
  let from = startOfLocalDay(`${month}-01`).getTime();
  let to = startOfLocalDay(`${nextMonth}-01`).getTime();
  if (within) {
    from = Math.max(from, within.from.getTime());
    to = Math.max(from, Math.min(to, within.to.getTime()));
  }
  return { from: new Date(from), to: new Date(to) };
}
