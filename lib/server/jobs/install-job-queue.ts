import PgBoss from "pg-boss";
import { JOB_SCHEMA, queueOptionsOf, type TJob } from "./job-definition";

/** pg-boss 10's own queue for schedules: its timekeeper sends each due schedule through it. */
const PG_BOSS_SCHEDULE_QUEUE = "__pgboss__send-it";

/**
 * As the database's owner: creates or migrates pg-boss's schema (`pgboss`) and creates every
 * queue of `jobs` (each is a partition of pgboss.job, which only the owner of that table may
 * attach). Run by `npm run db:migrate` before grantAppRole, so that the application's role needs
 * rows only there too. Safe to run again: an existing queue gets the table's current options.
 * Not `server-only`: the migration CLI runs it.
 */
export async function installJobQueue(ownerUrl: string, jobs: readonly TJob[]): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("[jobs] pg-boss:", error));
  await boss.start();
  try {
    await boss.createQueue(PG_BOSS_SCHEDULE_QUEUE, { name: PG_BOSS_SCHEDULE_QUEUE });
    for (const job of jobs) {
      const options = { name: job.name, ...queueOptionsOf(job) };
      await boss.createQueue(job.name, options);
      await boss.updateQueue(job.name, options);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
