import { localDateOf } from "../calendar/local-date-of";

/** The Asia/Ho_Chi_Minh month of an instant, 'YYYY-MM': 2026-03-31T17:30Z → '2026-04'. */
export function localMonthOf(instant: Date): string {
  return localDateOf(instant).slice(0, 7);
}
