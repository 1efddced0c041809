/** The kinds of calendar day; their names are in the catalog at enums.calendarDayKind.<kind>. */
export const calendarDayKinds = ["HOLIDAY", "WORKING_DAY"] as const;
export function isCalendarDayKind(value: string): value is (typeof calendarDayKinds)[number] {
  return (calendarDayKinds as readonly string[]).includes(value);
}
