import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCalendarDateRef } from "@/lib/schemas/calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { scheduleSignalChecks } from "@/lib/server/signals/schedule-signal-checks";
import { assertCalendarAdmin } from "./assert-calendar-admin";

/**
 * Removes one entry, so the date is an ordinary weekday or weekend again, with a
 * CALENDAR_CHANGED event that keeps what was removed.
 */
export async function removeCalendarDay(actor: TActor, input: TCalendarDateRef, now: Date) {
  assertCalendarAdmin(actor);
  return db.$transaction(async (tx) => {
    const row = await tx.calendarDay.findUnique({
      where: { date: input.date },
      select: { date: true, kind: true, name: true },
    });
    // deleteMany so that a concurrent removal of the same date answers NOT_FOUND, not a crash.
    const { count } = await tx.calendarDay.deleteMany({ where: { date: input.date } });
    if (!row || count !== 1) throw new DomainError("NOT_FOUND", msg("errors.calendarDayNotListed"));
    await recordEvent(tx, { kind: "CALENDAR_CHANGED", actorId: actor.id, at: now, payload: { ...row, op: "REMOVE" } });
    // Working days overdue, idle or until a threshold all count by this calendar.
    await scheduleSignalChecks(tx, now);
    return row;
  });
}
