import "server-only";
import { sweepSignals } from "./sweep-signals";

const TEN_MINUTES = 10 * 60 * 1000;

// One schedule per server process, even if the caller runs twice (hot reload in development).
const globalForSweep = globalThis as unknown as { __trachNhiemSignalSweep?: () => void };

/**
 * Runs sweepSignals now and then every `intervalMs`, never two at once: the next run is
 * scheduled only when the previous one has ended, so a slow sweep delays the next instead of
 * overlapping it. The first run refreshes every task (a backfill: the seed, imports and any
 * write made while the server was down do not refresh signals); each later run also
 * refreshes the tasks with events since the previous run began. Failures are logged and the
 * schedule goes on (a failed first run is retried in full). Returns a stop function. The
 * timer does not keep the process alive.
 */
export function startSignalSweep(intervalMs: number = TEN_MINUTES): () => void {
  if (!Number.isFinite(intervalMs) || intervalMs < 1000) throw new RangeError(`intervalMs must be at least 1000, got ${intervalMs}`);
  if (globalForSweep.__trachNhiemSignalSweep) return globalForSweep.__trachNhiemSignalSweep;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let previousStart: Date | undefined;

  const run = async () => {
    const now = new Date();
    try {
      const r = await sweepSignals(now, previousStart ? { changedSince: previousStart } : { full: true });
      previousStart = now;
      if (r.created || r.closed) {
        console.info(`[signals] sweep: ${r.tasks} nhiệm vụ, ${r.created} cảnh báo mới, ${r.updated} cập nhật, ${r.closed} đã chấm dứt`);
      }
    } catch (error) {
      // previousStart stays put, so the next run covers the events this one missed.
      console.error("[signals] sweep failed", error);
    } finally {
      if (!stopped) {
        timer = setTimeout(run, intervalMs);
        timer.unref?.();
      }
    }
  };
  void run();
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (globalForSweep.__trachNhiemSignalSweep === stop) globalForSweep.__trachNhiemSignalSweep = undefined;
  };
  globalForSweep.__trachNhiemSignalSweep = stop;
  return stop;
}
