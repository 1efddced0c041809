import { isLocalDate } from "../calendar/is-local-date";
import type { TLocalDate } from "../calendar/work-calendar";

// Vietnamese writing: day first, any of / . - between the parts, one- or two-digit day and
// month, four-digit year (a two-digit year is refused: 26 could be 1926 or 2026). Eight digits
// with no separator (24122026) are what keyboard entry on a numeric pad gives. A year-first
// ISO date (2026-12-24) cannot be mistaken for day-first and is what a paste from another
// system, or a test written for the native input, carries: it is read too.
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * '24/12/2026' → '2026-12-24'; null for text that is not a real calendar day in that form
 * ('31/02/2026', '12/24/2026', '24/12/26'), so the field can say so before anything is sent.
 */
export function parseDayMonthYear(text: string): TLocalDate | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const match = iso ? [iso[0], iso[3], iso[2], iso[1]] : (DAY_FIRST.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed));
  if (!match) return null;
  const [, day, month, year] = match;
  const localDate = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isLocalDate(localDate) ? localDate : null;
}
