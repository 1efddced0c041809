import "server-only";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TReminderWindow } from "@/lib/domain/notifications/reminder-windows";
import type { Prisma } from "@/lib/server/db/prisma";

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

/** The statement createStepReminders runs, with its parameters (bench/digest.ts explains it). */
export function stepRemindersStatement(windows: readonly TReminderWindow[], today: TLocalDate, now: Date) {
  const params: unknown[] = [now, today];
  const values = windows.map((w) => {
    params.push(w.kind, w.from, w.to);
    const n = params.length;
    return `($${n - 2}::text, $${n - 1}::timestamp(3), $${n}::timestamp(3))`;
  });
  const sql = `INSERT INTO "Notification" ("id", "recipientId", "kind", "taskId", "stepId", "createdAt", "dedupeKey")
     SELECT gen_random_uuid()::text, s."ownerId", w.kind::"NotificationKind", s."taskId", s."id", $1::timestamp(3),
            w.kind || ':' || s."id" || ':' || $2::text
       FROM (VALUES ${values.join(", ")}) AS w(kind, "from", "to")
       JOIN "TaskStep" s ON s."completedAt" IS NULL AND s."deadline" >= w."from" AND s."deadline" < w."to"
       JOIN "Task" t ON t."id" = s."taskId"
       JOIN "User" u ON u."id" = s."ownerId"
      WHERE s."status" <> 'DONE' AND t."status" NOT IN ('COMPLETED', 'CANCELLED') AND u."isActive"
     ON CONFLICT ("dedupeKey") WHERE "dedupeKey" IS NOT NULL DO NOTHING`;
  return { sql, params };
}
