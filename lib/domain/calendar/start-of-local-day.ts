import { DAY_MS, UTC_OFFSET_MS } from "./time-zone";
import { toEpochDay } from "./to-epoch-day";
import type { TLocalDate } from "./work-calendar";

/** 00:00:00.000 local time on the given date. */
export function startOfLocalDay(localDate: TLocalDate): Date {
  return new Date(toEpochDay(localDate) * DAY_MS - UTC_OFFSET_MS);
}
