import { dayOfWeek, type TLocalDate } from "@/lib/domain/calendar";

const names = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** The Vietnamese weekday; the catalog has both languages at enums.weekday.<0-6> (Sunday is 0). */
export function weekdayLabel(date: TLocalDate): string {
  return names[dayOfWeek(date)];
}

/** The kinds of calendar day; their names are in the catalog at enums.calendarDayKind.<kind>. */
export const calendarDayKinds = ["HOLIDAY", "WORKING_DAY"] as const;
export function isCalendarDayKind(value: string): value is (typeof calendarDayKinds)[number] {
  return (calendarDayKinds as readonly string[]).includes(value);
}
