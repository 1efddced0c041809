import type { TPeriod, TRecurrenceFrequency } from "./recurrence-rule";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");
/** Days in a month (1–12), leap years included. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthsPeriod(key: string, year: number, firstMonth: number, months: number): TPeriod {
  const lastMonth = firstMonth + months - 1;
  return {
    key,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/** Reads a period key ("2026-12", "2026-Q4", "2026"); throws RangeError for anything else. */
export function periodFromKey(key: string): TPeriod {
  const m = MONTH.exec(key);
  if (m) return monthsPeriod(key, Number(m[1]), Number(m[2]), 1);
  const q = QUARTER.exec(key);
  if (q) return monthsPeriod(key, Number(q[1]), (Number(q[2]) - 1) * 3 + 1, 3);
  const y = YEAR.exec(key);
  if (y) return monthsPeriod(key, Number(y[1]), 1, 12);
  throw new RangeError(`Invalid period key "${key}"`);
}

/** The frequency a period key is written in, or null when it is not a period key. */
export function frequencyOfKey(key: string): TRecurrenceFrequency | null {
  if (MONTH.test(key)) return "MONTHLY";
  if (QUARTER.test(key)) return "QUARTERLY";
  if (YEAR.test(key)) return "YEARLY";
  return null;
}
