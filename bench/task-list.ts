// Usage: npm run bench:tasks   (BENCH_DATABASE_URL, BENCH_RUNS, BENCH_LABEL optional)
// Generates the sector-sized data set first when the database has none (and applies pending
// migrations to one that exists), then prints the p50/p95 of the task list (GET /api/v1/tasks)
// and the task search, as a district head, a province director and TCCB see them, through the
// same server functions. Not a test: numbers for the README.
import { loadavg } from "node:os";
import { ensureDataSet } from "./dashboards/ensure-data-set.ts";
import { percentile, timeRuns } from "./dashboards/percentiles.ts";
import { openRecordedDb } from "./dashboards/recorded-db.ts";
import { printTaskListResults, type TTaskListResult } from "./task-list/print-task-list-results.ts";
import { taskListCases } from "./task-list/task-list-cases.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
const runs = Number(process.env.BENCH_RUNS ?? 40);
const label = process.env.BENCH_LABEL ?? "Danh sách và tìm kiếm nhiệm vụ";
const warmup = 5;

await ensureDataSet(url);
const { prisma, recorder } = openRecordedDb(url);

try {
  const now = new Date();
  // The machine is shared: its load says how far these figures are from an idle machine's.
  const loadBefore = loadavg()[0];
  const results: TTaskListResult[] = [];
  for (const c of await taskListCases(prisma, now)) {
    await timeRuns(warmup, c.run);
    let found: number | string = 0;
    const queries = await recorder.record(async () => {
      found = await c.run();
    });
    const samples = await timeRuns(runs, c.run);
    const result = {
      name: c.name,
      targetP95: c.targetP95,
      statements: queries.length,
      found,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
    };
    results.push(result);
    console.error(`  … ${c.name}: ${result.p95.toFixed(0)} ms p95`);
  }
  console.log(printTaskListResults(results, runs, label));
  console.log(
    `\nTải máy (load average 1 phút): ${loadBefore.toFixed(1)} lúc bắt đầu, ${loadavg()[0].toFixed(1)} lúc kết thúc.`,
  );
} finally {
  await prisma.$disconnect();
}
