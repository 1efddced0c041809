import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { TJob } from "../../../lib/server/jobs/job-definition";
import { installJobQueue } from "../../../lib/server/jobs/install-job-queue";
import { JOB_TABLE } from "../../../lib/server/jobs/job-table";
import { startPgBossRunner } from "../../../lib/server/jobs/start-pg-boss-runner";

// pg-boss needs PostgreSQL; on PGlite the in-process runner runs the jobs (its unit test).
const appUrl = inject("testDatabaseUrl");
const ownerUrl = inject("testOwnerDatabaseUrl");

describe.runIf(appUrl && ownerUrl)("startPgBossRunner", () => {
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(stops.map((s) => s()));
  });

  it("runs a schedule once per minute across two runners that use the application's restricted role", async () => {
    const name = `test-every-minute-${Date.now()}`;
    const runs: { runner: number; at: Date }[] = [];
    const tableOf = (runner: number): TJob[] => [
      ...JOB_TABLE.map((j) => ({ ...j, run: async () => undefined })),
      { name, cron: "* * * * *", run: async (now) => void runs.push({ runner, at: now }) },
    ];
    await installJobQueue(ownerUrl!, tableOf(0));
    const started = Date.now();
    stops.push(await startPgBossRunner(appUrl!, tableOf(1), { pollSeconds: 1 }));
    stops.push(await startPgBossRunner(appUrl!, tableOf(2), { pollSeconds: 1 }));
    // pg-boss fires a schedule whose tick is under a minute old at once: this minute's run.
    while (runs.length === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 4_000));
    const minutes = new Set(runs.map((r) => Math.floor(r.at.getTime() / 60_000)));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs).toHaveLength(minutes.size);

    const client = new pg.Client({ connectionString: ownerUrl! });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'",
        [name],
      );
      expect(rows[0].n).toBe(runs.length);
    } finally {
      await client.end();
    }
  }, 60_000);

  it("refuses to start when pg-boss's schema is missing, rather than have the app role create it", async () => {
    const url = new URL(appUrl!);
    url.pathname = "/postgres";
    await expect(startPgBossRunner(url.toString(), [], { pollSeconds: 1 })).rejects.toThrow(/not installed/);
  });
});
