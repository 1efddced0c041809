import { fromEpochDay } from "./from-epoch-day";
import { toEpochDay } from "./to-epoch-day";
import type { TLocalDate } from "./work-calendar";

/** Plain calendar arithmetic on local dates (weekends and holidays included). */
export function addCalendarDays(localDate: TLocalDate, days: number): TLocalDate {
  return fromEpochDay(toEpochDay(localDate) + days);
}
