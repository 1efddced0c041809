import { z } from "zod";
import { isLocalDate, isWeekend } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import { localDate } from "./local-date";
import { singleLineText } from "./text";

// The admin calendar form enforces what buildCalendar would otherwise reject when the
// calendar is read, so a mistake is shown on the field before it can move any deadline.

const calendarDay = localDate("Ngày không hợp lệ (dd/mm/yyyy).");

export const ZCalendarEntry = z
  .object({
    date: calendarDay,
    kind: z.enum(["HOLIDAY", "WORKING_DAY"], { message: "Chọn ngày nghỉ hoặc ngày làm bù." }),
    name: singleLineText("tên ngày").min(3, "Nhập tên ngày nghỉ hoặc lý do làm bù (ít nhất 3 ký tự).").max(200, "Tên quá dài (tối đa 200 ký tự)."),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "WORKING_DAY" && isLocalDate(v.date) && !isWeekend(v.date)) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${formatLocalDate(v.date)} đã là ngày làm việc.`,
      });
    }
  });

export const ZCalendarDateRef = z.object({ date: calendarDay });
export const ZCalendarYear = z.object({
  year: z.number({ error: "Năm không hợp lệ: gửi một số, ví dụ 2026." }).int("Năm không hợp lệ.").min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
});

export type TCalendarEntryInput = z.infer<typeof ZCalendarEntry>;
export type TCalendarDateRef = z.infer<typeof ZCalendarDateRef>;
export type TCalendarYear = z.infer<typeof ZCalendarYear>;
