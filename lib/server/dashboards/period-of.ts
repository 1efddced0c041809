import "server-only";
import { addCalendarDays, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TPeriod } from "@/lib/domain/rollups";

const OPEN_START: TLocalDate = "1970-01-01";
const OPEN_END: TLocalDate = "2999-12-31";

/**
 * The half-open period for dates chosen on screen, both inclusive and local to Hà Nội:
 * from 00:00 on `from` to 00:00 on the day after `to`. A missing end stays open; no dates at
 * all is no period (everything counts).
 */
export function periodOf({ from, to }: { from?: TLocalDate; to?: TLocalDate }): TPeriod | null {
  if (!from && !to) return null;
  return {
    from: startOfLocalDay(from ?? OPEN_START),
    to: startOfLocalDay(addCalendarDays(to ?? OPEN_END, 1)),
  };
}
