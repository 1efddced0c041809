import type { TLocalDate } from "../calendar/work-calendar";

export const recurrenceFrequencies = ["MONTHLY", "QUARTERLY", "YEARLY"] as const;
export type TRecurrenceFrequency = (typeof recurrenceFrequencies)[number];

export const deadlineRules = ["FIXED_DAY", "WORKING_DAYS_AFTER_PERIOD"] as const;
export type TDeadlineRule = (typeof deadlineRules)[number];

/**
 * How a recurring duty falls due. FIXED_DAY: day `deadlineDay` (1–31, clamped to the month's
 * length) of the period's last month, or of the month after the period when
 * `deadlineNextMonth`. WORKING_DAYS_AFTER_PERIOD: the `deadlineOffset`-th working day after the
 * period's last day, on the work calendar.
 */
export type TRecurrenceRule = {
  frequency: TRecurrenceFrequency;
  deadlineRule: TDeadlineRule;
  deadlineDay: number | null;
  deadlineNextMonth: boolean;
  deadlineOffset: number | null;
  /** An instance is created this many calendar days before its period starts. */
  leadDays: number;
  /** Key of the first period that gets an instance ("2026-12", "2026-Q4", "2026"). */
  startsOn: string;
};

/** One period of a frequency: its key and its first and last local dates. */
export type TPeriod = { key: string; start: TLocalDate; end: TLocalDate };
