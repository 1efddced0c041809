import {
  addCalendarDays,
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  localDateOf,
  startOfLocalDay,
  type TLocalDate,
  type TWorkCalendar,
} from "../../lib/domain/calendar/index.ts";

/**
 * Every date of the demo is an offset in working days from `now`, so the story never goes
 * stale: `day(-3)` is the third working day before today, `day(2)` the second after it and
 * `day(0)` today itself (even on a weekend).
 */
export type TSeedClock = {
  now: Date;
  today: TLocalDate;
  cal: TWorkCalendar;
  day(offset: number): TLocalDate;
  /** `n` working days after (n > 0) or before (n < 0) a local date. */
  shift(date: TLocalDate, n: number): TLocalDate;
  /** The last working day strictly before today: history never reaches into today. */
  lastPastDay: TLocalDate;
  /** A local time on a past local date; throws rather than write an event in the future. */
  at(date: TLocalDate, hhmm: string): Date;
  endOf(date: TLocalDate): Date;
};

export function createSeedClock(now: Date, cal: TWorkCalendar): TSeedClock {
  const today = localDateOf(now);
  const shift = (date: TLocalDate, n: number): TLocalDate => {
    if (n > 0) return localDateOf(addWorkingDays(endOfLocalDay(date), n, cal));
    let day = date;
    for (let left = -n; left > 0;) {
      day = addCalendarDays(day, -1);
      if (isWorkingDay(day, cal)) left--;
    }
    return day;
  };
  return {
    now,
    today,
    cal,
    day: (offset) => shift(today, offset),
    shift,
    lastPastDay: shift(today, -1),
    endOf: endOfLocalDay,
    at(date, hhmm) {
      const [h, m] = hhmm.split(":").map(Number);
      const instant = new Date(startOfLocalDay(date).getTime() + (h * 60 + m) * 60_000);
      if (instant.getTime() >= now.getTime()) {
        throw new RangeError(`Seed history must be in the past: ${date} ${hhmm}`);
      }
      return instant;
    },
  };
}
