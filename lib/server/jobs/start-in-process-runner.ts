import "server-only";
import { parseExpression } from "cron-parser";
import { JOB_TIME_ZONE, type TJob } from "./job-definition";

/** pg-boss fires a schedule whose tick came less than a minute ago; so does this runner. */
const LATE_TICK_MS = 60_000;

/**
 * The embedded database (PGlite) serves one process, so its jobs run in that process: each
 * scheduled job of `jobs` at its cron ticks, in the same time zone as under pg-boss, and at
 * start if its latest tick is less than a minute old (as pg-boss does). A job never overlaps
 * itself: a slow run makes the next tick wait, as pg-boss's `stately` queues do. A failure is
 * logged and the next tick runs again. `clock` is for tests. Returns a stop function.
 */
export function startInProcessRunner(jobs: readonly TJob[], clock: () => Date = () => new Date()): () => Promise<void> {
  let stopped = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const running = new Set<Promise<void>>();

  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref?.();
    timers.add(timer);
  };

  const plan = (job: TJob & { cron: string }) => {
    if (stopped) return;
    const now = clock();
    const next = parseExpression(job.cron, { currentDate: now, tz: job.tz ?? JOB_TIME_ZONE })
      .next()
      .getTime();
    later(() => run(job), Math.max(0, next - now.getTime()));
  };

  const run = (job: TJob & { cron: string }) => {
    if (stopped) return;
    const done = job
      .run(clock(), undefined)
      .then(
        () => undefined,
        (error: unknown) => console.error(`[jobs] ${job.name} failed`, error),
      )
      .finally(() => {
        running.delete(done);
        plan(job);
      });
    running.add(done);
  };

  const start = clock();
  for (const job of jobs) {
    if (!job.cron) continue;
    const scheduled = { ...job, cron: job.cron };
    const previous = parseExpression(job.cron, { currentDate: start, tz: job.tz ?? JOB_TIME_ZONE })
      .prev()
      .getTime();
    if (start.getTime() - previous < LATE_TICK_MS) later(() => run(scheduled), 0);
    else plan(scheduled);
  }

  return async () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    await Promise.all(running);
  };
}
