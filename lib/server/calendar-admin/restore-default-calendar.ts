import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { defaultHolidays, type TCalendarEntry } from "@/lib/domain/calendar";
import type { TCalendarYear } from "@/lib/schemas/calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { scheduleSignalChecks } from "@/lib/server/signals/schedule-signal-checks";
import { assertCalendarAdmin } from "./assert-calendar-admin";

/**
 * Replaces a year's entries with the shipped defaults (lib/domain/calendar/default-holidays).
 * Only the differences are written, each with its own CALENDAR_CHANGED event (op REMOVE or
 * ADD), so the audit trail says exactly which days changed and restoring twice records nothing.
 */
export async function restoreDefaultCalendar(actor: TActor, input: TCalendarYear, now: Date) {
  assertCalendarAdmin(actor);
  const defaults = defaultHolidays.filter((d) => d.date.startsWith(`${input.year}-`));
  if (defaults.length === 0) {
    const message = msg("errors.calendarNoDefaults", { year: input.year });
    throw new DomainError("INVALID_INPUT", message, { year: [message] });
  }
  return db.$transaction(async (tx) => {
    const stored = await tx.calendarDay.findMany({
      where: { year: input.year },
      select: { date: true, kind: true, name: true },
    });
    const same = (a: { kind: string; name: string }, b: { kind: string; name: string }) =>
      a.kind === b.kind && a.name === b.name;
    const wanted = new Map(defaults.map((d) => [d.date, d]));
    const removed = stored.filter((s) => !wanted.has(s.date) || !same(s, wanted.get(s.date)!));
    const kept = new Set(stored.filter((s) => !removed.includes(s)).map((s) => s.date));
    const added = defaults.filter((d) => !kept.has(d.date));
    await tx.calendarDay.deleteMany({ where: { date: { in: removed.map((r) => r.date) } } });
    await tx.calendarDay.createMany({ data: added.map((d) => ({ ...d, year: input.year })) });
    // Kept in the audit trail as written, like a reason a person types.
    const reason = dataText(`Khôi phục lịch mặc định năm ${input.year}`);
    const record = (e: TCalendarEntry, op: "ADD" | "REMOVE") =>
      recordEvent(tx, {
        kind: "CALENDAR_CHANGED",
        actorId: actor.id,
        at: now,
        reason,
        payload: { date: e.date, kind: e.kind, name: e.name, op },
      });
    for (const r of removed) await record(r, "REMOVE");
    for (const a of added) await record(a, "ADD");
    // Working days overdue, idle or until a threshold all count by this calendar.
    if (removed.length + added.length > 0) await scheduleSignalChecks(tx, now);
    return { year: input.year, removed: removed.length, added: added.length };
  });
}
