import "server-only";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TReminderWindow } from "@/lib/domain/notifications/reminder-windows";
import type { Prisma } from "@/lib/server/db/prisma";
import { stepRemindersStatement } from "./step-reminders-statement";

/**
 * Writes the day's reminders in one statement: every open step (not done, its task neither
 * completed nor cancelled) whose deadline falls in a window gets that window's kind, for its
 * owner if active. Set-based, read through TaskStep's (completedAt, deadline) index, whose
 * `completedAt IS NULL` prefix and deadline range are exactly this filter, so the cost is the
 * steps due in the next few days, not the sector's millions. Each row carries
 * "<kind>:<step>:<day>" as its dedupeKey: a second run, or a run on another instance at the same
 * time, hits the partial unique index and writes nothing (ON CONFLICT DO NOTHING).
 */
export async function createStepReminders(
  tx: Prisma.TransactionClient,
  windows: readonly TReminderWindow[],
  today: TLocalDate,
  now: Date,
): Promise<number> {
  if (windows.length === 0) return 0;
  const { sql, params } = stepRemindersStatement(windows, today, now);
  return tx.$executeRawUnsafe(sql, ...params);
}
