import "server-only";
import { sweepSignals } from "./sweep-signals";

const ONE_MINUTE = 60 * 1000;

// One schedule per server process, even if the caller runs twice (hot reload in development).
const globalForSweep = globalThis as unknown as { __trachNhiemSignalSweep?: () => void };

/**
 * Runs sweepSignals every `intervalMs`, never two at once in a process: the next run is
 * scheduled only when the previous one has ended, so a slow sweep delays the next instead of
 * overlapping it. A run refreshes only the tasks whose signal check is due (Task.signalsCheckAt),
 * so a server start costs what is due, not a sweep of the sector, and a signal appears within
 * a minute of its moment. Several instances may run it at once: each batch locks the tasks it
 * takes and skips those another has taken. Failures are logged; what failed stays due for the
 * next run. Returns a stop function. The timer does not keep the process alive.
 */
export function startSignalSweep(intervalMs: number = ONE_MINUTE): () => void {
  if (!Number.isFinite(intervalMs) || intervalMs < 1000)
    throw new RangeError(`intervalMs must be at least 1000, got ${intervalMs}`);
  if (globalForSweep.__trachNhiemSignalSweep) return globalForSweep.__trachNhiemSignalSweep;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    try {
      const r = await sweepSignals(new Date());
      if (r.created || r.closed) {
        console.info(
          `[signals] sweep: ${r.tasks} nhiệm vụ, ${r.created} cảnh báo mới, ${r.updated} cập nhật, ${r.closed} đã chấm dứt`,
        );
      }
    } catch (error) {
      console.error("[signals] sweep failed", error);
    } finally {
      if (!stopped) {
        timer = setTimeout(run, intervalMs);
        timer.unref?.();
      }
    }
  };
  timer = setTimeout(run, 0);
  timer.unref?.();
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (globalForSweep.__trachNhiemSignalSweep === stop) globalForSweep.__trachNhiemSignalSweep = undefined;
  };
  globalForSweep.__trachNhiemSignalSweep = stop;
  return stop;
}
