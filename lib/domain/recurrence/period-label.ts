import { frequencyOfKey } from "./period-from-key";

const ROMAN = ["I", "II", "III", "IV"];

/** A period in the words of a report's title: "tháng 12/2026", "quý IV/2026", "năm 2026". */
export function periodLabel(key: string): string {
  const frequency = frequencyOfKey(key);
  if (frequency === "MONTHLY") return `tháng ${Number(key.slice(5, 7))}/${key.slice(0, 4)}`;
  if (frequency === "QUARTERLY") return `quý ${ROMAN[Number(key.slice(6)) - 1]}/${key.slice(0, 4)}`;
  if (frequency === "YEARLY") return `năm ${key}`;
  throw new RangeError(`Invalid period key "${key}"`);
}
