import type { TLocalDate } from "../calendar/work-calendar";
import { periodFromKey } from "./period-from-key";
import type { TPeriod, TRecurrenceFrequency } from "./recurrence-rule";

/** The period of `frequency` that contains the local date `date`. */
export function periodOf(frequency: TRecurrenceFrequency, date: TLocalDate): TPeriod {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (frequency === "MONTHLY") return periodFromKey(date.slice(0, 7));
  if (frequency === "QUARTERLY") return periodFromKey(`${year}-Q${Math.ceil(month / 3)}`);
  return periodFromKey(year);
}
