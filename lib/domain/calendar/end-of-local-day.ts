import { DAY_MS, UTC_OFFSET_MS } from "./time-zone";
import { toEpochDay } from "./to-epoch-day";
import type { TLocalDate } from "./work-calendar";

/** 23:59:59.999 local time on the given date: the last instant that still counts as that day. */
export function endOfLocalDay(localDate: TLocalDate): Date {
  return new Date((toEpochDay(localDate) + 1) * DAY_MS - UTC_OFFSET_MS - 1);
}
