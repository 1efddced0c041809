import { z } from "zod";
import { isLocalDate } from "@/lib/domain/calendar/is-local-date";
import { isWeekend } from "@/lib/domain/calendar/is-weekend";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";
import { localDate } from "./local-date";
import { vm, vt } from "@/lib/i18n/validation";
import { singleLineText } from "./text";

// The admin calendar form enforces what buildCalendar would otherwise reject when the
// calendar is read, so a mistake is shown on the field before it can move any deadline.

const calendarDay = localDate("calendar.day");

export const ZCalendarEntry = z
  .object({
    date: calendarDay,
    kind: z.enum(["HOLIDAY", "WORKING_DAY"], vm("calendar.kind")),
    name: singleLineText("dayName").min(3, vm("calendar.nameMin")).max(200, vm("calendar.nameMax")),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "WORKING_DAY" && isLocalDate(v.date) && !isWeekend(v.date)) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: vt("calendar.workingDayOnWeekend", { date: formatLocalDate(v.date) }),
      });
    }
  });

export const ZCalendarDateRef = z.object({ date: calendarDay });
export const ZCalendarYear = z.object({
  year: z
    .number(vm("calendar.year"))
    .int(vm("calendar.yearRange"))
    .min(2000, vm("calendar.yearRange"))
    .max(2100, vm("calendar.yearRange")),
});

export type TCalendarEntryInput = z.infer<typeof ZCalendarEntry>;
export type TCalendarDateRef = z.infer<typeof ZCalendarDateRef>;
export type TCalendarYear = z.infer<typeof ZCalendarYear>;
