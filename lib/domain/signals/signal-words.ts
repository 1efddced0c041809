import { msg, type TMessage, type TMessageValue, type TWorkingDaysSince } from "../../i18n/message";

type TJoinKey = "domain.signals.joinComma" | "domain.signals.joinArrow" | "domain.signals.joinSpace";
const SEPARATOR: Record<TJoinKey, string> = {
  "domain.signals.joinComma": ", ",
  "domain.signals.joinArrow": " → ",
  "domain.signals.joinSpace": " ",
};

/**
 * `values` joined by the separator of `key` (", ", " → ", " "): one string when every value is
 * already words (names, dates), else nested messages, so a part not yet worded (an unknown
 * person, a handover) is worded in the reader's language.
 */
export function joinValues(values: readonly TMessageValue[], key: TJoinKey): TMessageValue {
  if (values.every((v) => typeof v === "string")) return values.join(SEPARATOR[key]);
  return values.reduce((a, b) => msg(key, { a, b }));
}

/**
 * '4 ngày làm việc', or 'chưa đến 1 ngày làm việc' for 0 (e.g. a Friday deadline seen on
 * Sunday); a count that grows with time is counted when read (workingDaysSince).
 */
export function workingDaysPhrase(days: number | TWorkingDaysSince): TMessage {
  return msg("domain.signals.workingDays", { days: typeof days === "number" ? Math.max(0, days) : days });
}
