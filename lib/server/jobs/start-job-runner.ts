import "server-only";
import { env } from "@/lib/env";
import { JOB_TABLE } from "./job-table";
import { startInProcessRunner } from "./start-in-process-runner";
import { startPgBossRunner } from "./start-pg-boss-runner";

// One runner per server process, even if the caller runs twice (hot reload in development).
const globalForJobs = globalThis as unknown as { __trachNhiemJobs?: Promise<() => Promise<void>> };

/**
 * Starts the background jobs of lib/server/jobs/job-table.ts in this process, unless
 * JOBS_WORKER=off: on PostgreSQL under pg-boss (once per schedule across every instance), on
 * the embedded PGlite in this process (the only one that may open its data folder).
 * Returns a stop function.
 */
export function startJobRunner(): Promise<() => Promise<void>> {
  const e = env();
  if (!e.jobs.isWorker) return Promise.resolve(async () => {});
  globalForJobs.__trachNhiemJobs ??= (async () => {
    const stop = e.databaseUrl
      ? await startPgBossRunner(e.databaseUrl, JOB_TABLE, { pollSeconds: e.jobs.pollSeconds })
      : startInProcessRunner(JOB_TABLE);
    console.info(
      `[jobs] worker started (${e.databaseUrl ? "pg-boss" : "in-process, PGlite"}): ${JOB_TABLE.map((j) => j.name).join(", ")}`,
    );
    return async () => {
      globalForJobs.__trachNhiemJobs = undefined;
      await stop();
    };
  })().catch((error: unknown) => {
    globalForJobs.__trachNhiemJobs = undefined;
    throw error;
  });
  return globalForJobs.__trachNhiemJobs;
}
