import { UTC_OFFSET_MS } from "./time-zone";
import type { TLocalDate } from "./work-calendar";

/** The Asia/Ho_Chi_Minh calendar date of an instant: 2026-03-02T17:30:00Z → '2026-03-03'. */
export function localDateOf(instant: Date): TLocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  return new Date(ms + UTC_OFFSET_MS).toISOString().slice(0, 10);
}
