import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import { reminderWindows } from "@/lib/domain/notifications/reminder-windows";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { createStepReminders } from "./create-step-reminders";

/**
 * The `step-reminders` job (07:00 Asia/Ho_Chi_Minh every day): on a working day of the work
 * calendar, due tomorrow, due today and overdue reminders for the open steps (reminderKindOn);
 * on a day off, nothing. Safe to run twice: each reminder is written once per step, kind and day.
 */
export async function runStepReminders(now: Date): Promise<number> {
  const today = localDateOf(now);
  const windows = reminderWindows(today, await getWorkCalendar());
  if (windows.length === 0) return 0;
  const created = await createStepReminders(db, windows, today, now);
  if (created > 0) console.info(`[reminders] ${today}: ${created} lời nhắc hạn`);
  return created;
}
