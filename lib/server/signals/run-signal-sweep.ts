import "server-only";
import { sweepSignals, type TSweepResult } from "./sweep-signals";

/**
 * The scheduled sweep (lib/server/jobs/job-table.ts): refreshes only the tasks whose signal
 * check is due at `now` (Task.signalsCheckAt), so a run costs what changed since the last one.
 * Several instances may sweep at once: each batch locks the tasks it takes and skips those
 * another has taken. What a failed run left stays due for the next.
 */
export async function runSignalSweep(now: Date): Promise<TSweepResult> {
  const r = await sweepSignals(now);
  if (r.created || r.closed) {
    console.info(
      `[signals] sweep: ${r.tasks} nhiệm vụ, ${r.created} cảnh báo mới, ${r.updated} cập nhật, ${r.closed} đã chấm dứt`,
    );
  }
  return r;
}
