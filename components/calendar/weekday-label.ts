import { dayOfWeek, type TLocalDate } from "@/lib/domain/calendar";

const names = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export function weekdayLabel(date: TLocalDate): string {
  return names[dayOfWeek(date)];
}

export const calendarKindLabel: Record<string, string> = { HOLIDAY: "Ngày nghỉ", WORKING_DAY: "Ngày làm bù" };
