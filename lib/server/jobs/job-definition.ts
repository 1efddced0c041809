import type PgBoss from "pg-boss";

/**
 * One kind of background work. `run` is a plain function: it takes the moment it runs at (and,
 * for a queued job, what was sent with it), so the same function runs under pg-boss on
 * PostgreSQL, under the in-process runner on PGlite, and in a test at any `now`.
 */
export type TJob = {
  /** The queue's name in pg-boss: letters, digits, `-`, `_`, `.` and `/`. */
  name: string;
  /** Five-field cron (minute precision) in `tz`; a job without one only runs when sent. */
  cron?: string;
  /** Time zone of `cron`; Asia/Ho_Chi_Minh, the local time of the app, unless set. */
  tz?: string;
  /** pg-boss's queue options: retries, backoff, expiry, policy. */
  queue?: Omit<PgBoss.Queue, "name">;
  run: (now: Date, data: unknown) => Promise<unknown>;
};

/** The time zone of every schedule unless a job names another. */
export const JOB_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** pg-boss's tables live in their own schema, in the application's database. */
export const JOB_SCHEMA = "pgboss";

/**
 * A scheduled run that fails is not retried (the next run does its work) and at most one waits
 * while one runs (`stately`), so a slow run delays the next instead of piling runs up.
 */
const SCHEDULED_QUEUE: Omit<PgBoss.Queue, "name"> = { policy: "stately", retryLimit: 0, expireInSeconds: 15 * 60 };

export function queueOptionsOf(job: TJob): Omit<PgBoss.Queue, "name"> {
  return job.queue ?? (job.cron ? SCHEDULED_QUEUE : {});
}
