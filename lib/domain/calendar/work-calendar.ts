/** A calendar date in Asia/Ho_Chi_Minh, written 'YYYY-MM-DD'. */
export type TLocalDate = string;

export type TCalendarDayKind = "HOLIDAY" | "WORKING_DAY";

/** One row of the admin-maintained calendar (the `CalendarDay` table). */
export type TCalendarEntry = {
  date: TLocalDate;
  kind: TCalendarDayKind;
  /** Vietnamese name of the holiday, or the note explaining a swapped working day. */
  name: string;
};

/**
 * Working-day calendar. Monday to Friday are working days unless listed in `holidays`;
 * Saturday and Sunday are days off unless listed in `workingWeekends` (a Saturday worked to
 * bridge a holiday). A holiday always wins, so the two maps never need to agree.
 */
export type TWorkCalendar = {
  holidays: ReadonlyMap<TLocalDate, string>;
  workingWeekends: ReadonlyMap<TLocalDate, string>;
};
