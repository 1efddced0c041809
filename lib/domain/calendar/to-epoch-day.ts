import { DAY_MS } from "./time-zone";
import type { TLocalDate } from "./work-calendar";

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a local date. Throws RangeError for anything that is not a real
 * calendar date ('2026-02-30', '2026-2-3'), so bad calendar data fails loudly, not silently.
 */
export function toEpochDay(localDate: TLocalDate): number {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) throw new RangeError(`Invalid local date "${localDate}", expected YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Invalid local date "${localDate}": no such calendar day`);
  }
  return ms / DAY_MS;
}
