import "server-only";
import { buildCalendar, type TCalendarEntry, type TWorkCalendar } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db/prisma";

/** The admin-maintained calendar (a few dozen rows a year), read once per request. */
export async function getWorkCalendar(): Promise<TWorkCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return buildCalendar(rows as TCalendarEntry[]);
}
