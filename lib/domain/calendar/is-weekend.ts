import { dayOfWeek } from "./day-of-week";
import type { TLocalDate } from "./work-calendar";

export function isWeekend(localDate: TLocalDate): boolean {
  const day = dayOfWeek(localDate);
  return day === 0 || day === 6;
}
