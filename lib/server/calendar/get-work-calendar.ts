import "server-only";
import { buildCalendar, type TCalendarEntry, type TWorkCalendar } from "@/lib/domain/calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";

/**
 * The admin-maintained calendar (a few dozen rows a year), read once per request. A write
 * passes its transaction, so that it reads with its own connection and its own snapshot.
 */
export async function getWorkCalendar(client: Prisma.TransactionClient = db): Promise<TWorkCalendar> {
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return buildCalendar(rows as TCalendarEntry[]);
}
