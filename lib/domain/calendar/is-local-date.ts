import { toEpochDay } from "./to-epoch-day";

export function isLocalDate(value: string): boolean {
  try {
    toEpochDay(value);
    return true;
  } catch {
    return false;
  }
}
