import "server-only";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TReminderWindow } from "@/lib/domain/notifications/reminder-windows";

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
