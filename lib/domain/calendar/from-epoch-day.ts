import { DAY_MS } from "./time-zone";
import type { TLocalDate } from "./work-calendar";

export function fromEpochDay(epochDay: number): TLocalDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}
