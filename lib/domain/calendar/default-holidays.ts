import { addCalendarDays } from "./add-calendar-days";
import type { TCalendarEntry, TLocalDate } from "./work-calendar";

const GIO_TO = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
const NGAY_30_4 = "Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)";
const NGAY_1_5 = "Ngày Quốc tế Lao động (1/5)";
const QUOC_KHANH = "Quốc khánh (2/9)";
const QUOC_KHANH_LIEN_KE = "Nghỉ liền kề Quốc khánh";

/**
 * Calendar shipped for 2025–2027, for the public sector (cán bộ, công chức, viên chức), which
 * is what BHXH follows. Legal basis: Điều 112 Bộ luật Lao động 2019 (Tết Dương lịch 1 ngày,
 * Tết Âm lịch 5 ngày, Giỗ Tổ 10/3 âm lịch, 30/4, 1/5, Quốc khánh 2/9 + 1 ngày liền kề; a
 * holiday on a weekend is made up on the next working day), plus the government's yearly
 * swap decisions. Admins edit these in the app; this list only seeds the `CalendarDay` table.
 *
 * Tết ranges include their Saturdays and Sundays so the admin screen shows the whole break.
 *
 * Sources and assumptions (re-check each year against the Bộ Nội vụ notices):
 * - 2025: as announced (Tết 25/01–02/02; swap for 30/4–1/5: thứ Bảy 26/4 worked, thứ Sáu
 *   02/5 off; Quốc khánh 01/9 + 02/9).
 * - 2026: Tết Dương lịch swap approved by the Government on 25/12/2025 and announced by Bộ
 *   Nội vụ the same day (thứ Sáu 02/01 off, thứ Bảy 10/01 worked). Tết 14/02–22/02 as
 *   announced by Bộ Nội vụ. Giỗ Tổ falls on Sunday 26/4, made up on Monday 27/4.
 *   ASSUMPTION: the day adjoining Quốc khánh (Wednesday 02/9) had not been announced when
 *   this was written; we chose Tuesday 01/9, as in 2025.
 * - 2027: nothing announced. ASSUMPTION: Tết 04/02–10/02 (lunar new year is Saturday
 *   06/02; the five statutory weekdays are 04, 05, 08, 09, 10/02), no swaps; Giỗ Tổ Friday
 *   16/4; 1/5 is a Saturday, made up on Monday 03/5; Quốc khánh Thursday 02/9 + Friday 03/9.
 * - Not included: Ngày Văn hóa Việt Nam 24/11. Nghị quyết 80-NQ/TW (01/2026) makes it a paid
 *   day off in principle, but the Labour Code had not been amended when this was written;
 *   an admin adds it once the law takes effect.
 */
export const defaultHolidays: readonly TCalendarEntry[] = [
  // 2025
  holiday("2025-01-01", "Tết Dương lịch"),
  ...holidayRange("2025-01-25", "2025-02-02", "Tết Nguyên đán"),
  holiday("2025-04-07", GIO_TO),
  workingDay("2025-04-26", "Làm bù cho ngày nghỉ thứ Sáu 02/5/2025"),
  holiday("2025-04-30", NGAY_30_4),
  holiday("2025-05-01", NGAY_1_5),
  holiday("2025-05-02", "Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)"),
  holiday("2025-09-01", QUOC_KHANH_LIEN_KE),
  holiday("2025-09-02", QUOC_KHANH),

  // 2026
  holiday("2026-01-01", "Tết Dương lịch"),
  holiday("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)"),
  workingDay("2026-01-10", "Làm bù cho ngày nghỉ thứ Sáu 02/01/2026"),
  ...holidayRange("2026-02-14", "2026-02-22", "Tết Nguyên đán"),
  holiday("2026-04-26", GIO_TO),
  holiday("2026-04-27", `Nghỉ bù ${GIO_TO}`),
  holiday("2026-04-30", NGAY_30_4),
  holiday("2026-05-01", NGAY_1_5),
  holiday("2026-09-01", QUOC_KHANH_LIEN_KE),
  holiday("2026-09-02", QUOC_KHANH),

  // 2027
  holiday("2027-01-01", "Tết Dương lịch"),
  ...holidayRange("2027-02-04", "2027-02-10", "Tết Nguyên đán"),
  holiday("2027-04-16", GIO_TO),
  holiday("2027-04-30", NGAY_30_4),
  holiday("2027-05-01", NGAY_1_5),
  holiday("2027-05-03", `Nghỉ bù ${NGAY_1_5}`),
  holiday("2027-09-02", QUOC_KHANH),
  holiday("2027-09-03", QUOC_KHANH_LIEN_KE),
];

function holiday(date: TLocalDate, name: string): TCalendarEntry {
  return { date, kind: "HOLIDAY", name };
}

function workingDay(date: TLocalDate, name: string): TCalendarEntry {
  return { date, kind: "WORKING_DAY", name };
}

function holidayRange(first: TLocalDate, last: TLocalDate, name: string): TCalendarEntry[] {
  const entries: TCalendarEntry[] = [];
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
    entries.push(holiday(date, name));
  }
  return entries;
}
