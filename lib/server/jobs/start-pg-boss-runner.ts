import "server-only";
import PgBoss from "pg-boss";
import { JOB_SCHEMA, JOB_TIME_ZONE, queueOptionsOf, type TJob } from "./job-definition";

export type TPgBossSettings = {
  /** How often pg-boss looks for due schedules and new jobs; pg-boss's defaults when unset. */
  pollSeconds: number | undefined;
};

/** Connections pg-boss keeps beside the app's own pool (DB_POOL_SIZE): it polls, it does not hold. */
const POOL_SIZE = 3;

/**
 * Runs `jobs` with pg-boss on the application's database, as the application's role. The owner
 * installed pg-boss's schema and created the queues (`npm run db:migrate`, installJobQueue);
 * here each schedule is upserted and a worker polls each queue. pg-boss makes a schedule fire
 * once per minute across every instance (one `send-it` job per schedule and minute, a unique
 * index), and hands each job to one worker (`FOR UPDATE SKIP LOCKED`), so every instance may
 * run this. Returns a stop function.
 */
export async function startPgBossRunner(
  databaseUrl: string,
  jobs: readonly TJob[],
  settings: TPgBossSettings,
): Promise<() => Promise<void>> {
  const poll = settings.pollSeconds;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    max: POOL_SIZE,
    // The schema is the owner's to create and migrate: the app only checks its version.
    migrate: false,
    ...(poll ? { cronMonitorIntervalSeconds: poll, cronWorkerIntervalSeconds: poll } : {}),
  });
  boss.on("error", (error) => console.error("[jobs] pg-boss:", error));
  await boss.start();
  try {
    for (const job of jobs) {
      // A no-op when the queue exists; creating one needs the owner (it adds a partition).
      await boss.createQueue(job.name, { name: job.name, ...queueOptionsOf(job) });
      if (job.cron) await boss.schedule(job.name, job.cron, undefined, { tz: job.tz ?? JOB_TIME_ZONE });
      await boss.work(job.name, poll ? { pollingIntervalSeconds: poll } : {}, async (batch) => {
        for (const item of batch) await runLogged(job, item.data);
      });
    }
    // A job taken out of the table stops firing.
    const names = new Set(jobs.map((j) => j.name));
    for (const s of await boss.getSchedules()) if (!names.has(s.name)) await boss.unschedule(s.name);
  } catch (e) {
    await boss.stop({ graceful: false });
    throw e;
  }
  return () => boss.stop({ graceful: true, timeout: 10_000 });
}

async function runLogged(job: TJob, data: unknown): Promise<void> {
  try {
    await job.run(new Date(), data);
  } catch (error) {
    console.error(`[jobs] ${job.name} failed`, error);
    // pg-boss records the failure and retries as the queue says.
    throw error;
  }
}
