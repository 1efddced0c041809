import "server-only";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { createDueInstances } from "./create-due-instances";

/**
 * The scheduled job `recurring-tasks` (lib/server/jobs/job-table.ts): for each recurrence
 * not stopped, creates the instances whose time has come. Idempotent: a period that already
 * has its task is skipped, and two runs racing on one are settled by the unique
 * (recurrenceId, recurrencePeriod), so a rerun creates nothing. A recurrence that can no
 * longer make its task (its creator lost the right to assign the unit's work, an owner left,
 * the template's steps changed) is logged and retried on the next run; the others go on.
 */
export async function runRecurringTasks(now: Date) {
  const cal = await getWorkCalendar();
  const active = await db.taskRecurrence.findMany({ where: { stoppedAt: null }, select: { id: true } });
  let created = 0;
  let failed = 0;
  for (const { id } of active) {
    try {
      created += (await createDueInstances(id, now, cal)).length;
    } catch (e) {
      failed += 1;
      const reason = e instanceof DomainError ? `${e.code}: ${e.message}` : e;
      console.error(`[recurrences] không tạo được nhiệm vụ của lần lặp ${id}:`, reason);
    }
  }
  if (created || failed) console.info(`[recurrences] ${created} nhiệm vụ định kỳ được tạo, ${failed} lỗi`);
  return { recurrences: active.length, created, failed };
}
