import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import type { TSignal } from "./signal";
import {
  isMessage,
  isWorkingDaysSince,
  type TMessage,
  type TMessageValue,
  type TWorkingDaysSince,
} from "../../i18n/message";

/**
 * The working days from `from` to whenever the signal is read: what a signal about an item
 * still open (an overdue step, a stall, an unanswered consultation, an undecided return)
 * stores instead of today's count. Its row then changes only when the facts do, not every
 * morning, so the sweep has nothing to rewrite on a new working day.
 */
export function workingDaysSince(from: Date): TWorkingDaysSince {
  return { workingDaysSince: from.toISOString() };
}

/** A count as a number at `now`: countWorkingDaysBetween(from, now), never below 0. */
export function workingDaysAt(value: number | TWorkingDaysSince, cal: TWorkCalendar, now: Date): number {
  if (typeof value === "number") return value;
  return Math.max(0, countWorkingDaysBetween(new Date(value.workingDaysSince), now, cal));
}

/** The sentence with every count that grows with time given as its number at `now`, to be worded. */
export function resolveMessageAt(m: TMessage, cal: TWorkCalendar, now: Date): TMessage {
  if (!m.values) return m;
  const values: Record<string, TMessageValue> = {};
  for (const [k, v] of Object.entries(m.values)) {
    values[k] = isWorkingDaysSince(v) ? workingDaysAt(v, cal, now) : isMessage(v) ? resolveMessageAt(v, cal, now) : v;
  }
  return { ...m, values };
}

/** The metrics with every count that grows with time given as its number at `now`. */
export function resolveMetricsAt(
  metrics: Readonly<Record<string, number | TWorkingDaysSince>>,
  cal: TWorkCalendar,
  now: Date,
): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, workingDaysAt(v, cal, now)]));
}

/** The signal as a reader at `now` sees it: every count that grows with time given as its number. */
export function resolveSignalAt(
  s: TSignal,
  cal: TWorkCalendar,
  now: Date,
): TSignal & { metrics: Record<string, number> } {
  return {
    ...s,
    explanation: resolveMessageAt(s.explanation, cal, now),
    metrics: resolveMetricsAt(s.metrics, cal, now),
  };
}
