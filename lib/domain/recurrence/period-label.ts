import { msg, type TMessage } from "../../i18n/message";
import { frequencyOfKey } from "./period-from-key";

/** A period in the words of a report's title: "tháng 12/2026", "quý IV/2026", "năm 2026". */
export function periodLabel(key: string): TMessage {
  const frequency = frequencyOfKey(key);
  const year = key.slice(0, 4);
  if (frequency === "MONTHLY") return msg("recurrences.period.MONTHLY", { month: Number(key.slice(5, 7)), year });
  if (frequency === "QUARTERLY") return msg("recurrences.period.QUARTERLY", { quarter: Number(key.slice(6)), year });
  if (frequency === "YEARLY") return msg("recurrences.period.YEARLY", { year });
  throw new RangeError(`Invalid period key "${key}"`);
}
