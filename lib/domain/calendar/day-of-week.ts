import { toEpochDay } from "./to-epoch-day";
import type { TLocalDate } from "./work-calendar";

/** 0 = Sunday (Chủ nhật) … 6 = Saturday (thứ Bảy), like Date#getDay. */
export function dayOfWeek(localDate: TLocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(localDate) + 4) % 7) + 7) % 7;
}
