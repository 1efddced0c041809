import type { TWorkCalendar } from "../calendar/work-calendar";
import { detectConsultationLate } from "./detect-consultation-late";
import { detectConsultationUnanswered } from "./detect-consultation-unanswered";
import { detectConsultationVague } from "./detect-consultation-vague";
import { detectOverdueNoExtension } from "./detect-overdue-no-extension";
import { detectPingPong } from "./detect-ping-pong";
import { detectReturnOverruled } from "./detect-return-overruled";
import { detectStalled } from "./detect-stalled";
import { detectUndecided } from "./detect-undecided";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import type { TSignalPolicy } from "./signal-policy";

/**
 * Every accountability signal in `input` at instant `now`, ordered by `since`, then `key`
 * (a total order, so two runs over the same data compare equal). Each detector's doc
 * comment is the definition its SQL twin must follow.
 */
export function detectSignals(input: TSignalInput, cal: TWorkCalendar, policy: TSignalPolicy, now: Date): TSignal[] {
  const signals = [
    ...detectOverdueNoExtension(input, cal, now),
    ...detectPingPong(input, policy),
    ...detectReturnOverruled(input),
    ...detectConsultationLate(input, cal),
    ...detectConsultationUnanswered(input, now),
    ...detectConsultationVague(input),
    ...detectStalled(input, cal, policy, now),
    ...detectUndecided(input, cal, now),
  ];
  return signals.sort((a, b) => a.since.getTime() - b.since.getTime() || compare(a.key, b.key));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
