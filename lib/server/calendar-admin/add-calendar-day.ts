import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { buildCalendar, type TCalendarEntry } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import type { TCalendarEntryInput } from "@/lib/schemas/calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { scheduleSignalChecks } from "@/lib/server/signals/schedule-signal-checks";
import { assertCalendarAdmin } from "./assert-calendar-admin";

const alreadyListed = (e: { date: string; kind: "HOLIDAY" | "WORKING_DAY"; name: string }) => {
  const message = msg("errors.calendarDayAlreadyListed", { date: formatLocalDate(e.date), kind: e.kind, name: e.name });
  return new DomainError("INVALID_INPUT", message, { date: [message] });
};

/**
 * Adds one holiday or swapped working day, with a CALENDAR_CHANGED event. A date is listed
 * at most once (never both a holiday and a working day); the schema already refused a
 * "working day" that is not a weekend. The whole calendar is rebuilt before committing, so
 * what buildCalendar would reject on every later read can never be saved.
 */
export async function addCalendarDay(actor: TActor, input: TCalendarEntryInput, now: Date) {
  assertCalendarAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.calendarDay.findUnique({ where: { date: input.date } });
      if (existing) throw alreadyListed(existing);
      const row = await tx.calendarDay.create({
        data: { date: input.date, year: Number(input.date.slice(0, 4)), kind: input.kind, name: input.name },
        select: { date: true, kind: true, name: true },
      });
      buildCalendar(
        (await tx.calendarDay.findMany({ select: { date: true, kind: true, name: true } })) as TCalendarEntry[],
      );
      await recordEvent(tx, { kind: "CALENDAR_CHANGED", actorId: actor.id, at: now, payload: { ...row, op: "ADD" } });
      // Working days overdue, idle or until a threshold all count by this calendar.
      await scheduleSignalChecks(tx, now);
      return row;
    });
  } catch (e) {
    // Two admins adding the same date at once: the primary key turns the second away.
    if ((e as { code?: string } | null)?.code === "P2002") {
      const message = msg("errors.calendarDayJustAdded", { date: formatLocalDate(input.date) });
      throw new DomainError("CONFLICT", message, { date: [message] });
    }
    throw e;
  }
}
