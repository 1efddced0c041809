import { msg, type TMessage } from "../../i18n/message";
import type { TRecurrenceRule } from "./recurrence-rule";

type TDescribed = Pick<
  TRecurrenceRule,
  "frequency" | "deadlineRule" | "deadlineDay" | "deadlineNextMonth" | "deadlineOffset"
>;

/** The rule in words: "Hằng tháng, hạn ngày 20", "Hằng quý, hạn 5 ngày làm việc sau khi hết quý". */
export function describeRecurrence(rule: TDescribed): TMessage {
  const f = rule.frequency;
  if (rule.deadlineRule === "WORKING_DAYS_AFTER_PERIOD") {
    return msg(`recurrences.rule.workingDays.${f}`, { days: rule.deadlineOffset ?? 1 });
  }
  const day = rule.deadlineDay ?? 1;
  return rule.deadlineNextMonth
    ? msg(`recurrences.rule.fixedDayNext.${f}`, { day })
    : msg(`recurrences.rule.fixedDay.${f}`, { day });
}
