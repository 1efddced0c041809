import "server-only";
import { buildCalendar, type TCalendarEntry, type TWorkCalendar } from "@/lib/domain/calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";

/** The read of the shared client under way, which callers arriving meanwhile share. */
let inFlight: Promise<TWorkCalendar> | null = null;

/**
 * The admin-maintained calendar (a few dozen rows a year). Reads through the shared client
 * that overlap share one query: a dashboard's lists, each needing the calendar, start together
 * and read it once, and so do concurrent requests. Nothing is kept once the read is over, so a
 * change is seen by the next read, on every instance. A write passes its transaction, so that
 * it reads with its own connection and its own snapshot; that read is never shared.
 */
export async function getWorkCalendar(client: Prisma.TransactionClient = db): Promise<TWorkCalendar> {
  if (client !== db) return readCalendar(client);
  inFlight ??= readCalendar(db).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function readCalendar(client: Prisma.TransactionClient): Promise<TWorkCalendar> {
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return buildCalendar(rows as TCalendarEntry[]);
}
