// Usage: npm run bench   (BENCH_DATABASE_URL, BENCH_RUNS, BENCH_FRESH=1 optional)
// Generates the sector-sized data set first when the database has none, then prints the p50/p95 server time of each dashboard on the sector-sized data set and, in the
// same run, of the bare SQL behind it: the very statements the dashboard sent, replayed
// through `pg` with the same overlap. Not a test: numbers for the README.
import pg from "pg";
import { pgPoolConfig } from "../lib/server/db/create-prisma-client.ts";
import { benchCases } from "./dashboards/bench-cases.ts";
import { replay } from "./dashboards/captured-queries.ts";
import { describeDataSet } from "./dashboards/describe-data-set.ts";
import { ensureDataSet } from "./dashboards/ensure-data-set.ts";
import { printResults, type TBenchResult } from "./dashboards/print-results.ts";
import { percentile, timeRuns } from "./dashboards/percentiles.ts";
import { openRecordedDb } from "./dashboards/recorded-db.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
const runs = Number(process.env.BENCH_RUNS ?? 40);
const warmup = 5;

await ensureDataSet(url);
// The application's own pool settings, for the dashboards and for the bare SQL alike.
const { prisma, recorder } = openRecordedDb(url);
const pool = new pg.Pool(pgPoolConfig(url));

try {
  const now = new Date();
  console.log(await describeDataSet(pool, now));
  const results: TBenchResult[] = [];
  for (const c of await benchCases(prisma, now)) {
    await timeRuns(warmup, c.run);
    const queries = await recorder.record(c.run);
    for (let i = 0; i < warmup; i++) await replay(pool, queries);
    // Interleaved, so that both see the same machine at the same moment.
    const server: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      server.push(...(await timeRuns(1, c.run)));
      bare.push(await replay(pool, queries));
    }
    const result = {
      name: c.name,
      targetP95: c.targetP95,
      statements: queries.length,
      server: { p50: percentile(server, 50), p95: percentile(server, 95) },
      bare: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
    };
    results.push(result);
    console.error(`  … ${c.name}: ${result.server.p95.toFixed(0)} ms p95`);
  }
  console.log(printResults(results, runs));
} finally {
  await pool.end();
  await prisma.$disconnect();
}
