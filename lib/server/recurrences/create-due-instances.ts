import "server-only";
import { localDateOf, type TWorkCalendar } from "@/lib/domain/calendar";
import { duePeriods } from "@/lib/domain/recurrence";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { createRecurrenceInstance } from "./create-recurrence-instance";
import { recurrenceForInstanceSelect } from "./recurrence-select";

/**
 * Creates the instances of one recurrence that are due at `now` and not yet created, one
 * transaction each (a period that fails does not hold back the others' next run). A stopped
 * recurrence creates none. Returns the ids of the tasks created by this call.
 */
export async function createDueInstances(recurrenceId: string, now: Date, calendar?: TWorkCalendar) {
  const recurrence = await db.taskRecurrence.findUnique({
    where: { id: recurrenceId },
    select: recurrenceForInstanceSelect,
  });
  if (!recurrence || recurrence.stoppedAt) return [];
  const cal = calendar ?? (await getWorkCalendar());
  const due = duePeriods(recurrence, localDateOf(now), cal);
  if (due.length === 0) return [];
  const existing = await db.task.findMany({
    where: { recurrenceId, recurrencePeriod: { in: due.map((p) => p.key) } },
    select: { recurrencePeriod: true },
  });
  const done = new Set(existing.map((t) => t.recurrencePeriod));
  const created: string[] = [];
  for (const period of due) {
    if (done.has(period.key)) continue;
    const id = await createRecurrenceInstance(recurrence, period, now, cal);
    if (id) created.push(id);
  }
  return created;
}
