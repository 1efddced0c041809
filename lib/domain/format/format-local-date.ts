import { toEpochDay } from "../calendar/to-epoch-day";
import type { TLocalDate } from "../calendar/work-calendar";

/** '2026-02-14' → '14/02/2026'. Throws RangeError for an invalid date. */
export function formatLocalDate(localDate: TLocalDate): string {
  toEpochDay(localDate);
  const [year, month, day] = localDate.split("-");
  return `${day}/${month}/${year}`;
}
