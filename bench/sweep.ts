// Usage: npm run bench:sweep   (BENCH_DATABASE_URL; the sector set of npm run bench:generate)
// The cost of the time-based signals at sector scale: the plan of the signal refresh's read
// (index scans only), the one-off catch-up of what is due now (after the migration or a long
// stop), then one sweep 10 minutes, 1 day and at the start of the next working day later. Not a test: numbers
// for the README.
import pg from "pg";
import { localDateOf, nextWorkingDay, startOfLocalDay } from "../lib/domain/calendar/index.ts";
import { createDbHandle, pgPoolConfig } from "../lib/server/db/create-prisma-client.ts";
import { setDbHandleForTests } from "../lib/server/db/prisma.ts";
import { loadSignalSettings } from "../lib/server/signals/load-signal-settings.ts";
import { sweepSignals } from "../lib/server/signals/sweep-signals.ts";
import { ensureDataSet } from "./dashboards/ensure-data-set.ts";
import { explainSignalInput } from "./sweep/explain-signal-input.ts";
import { timeSimulatedSweep } from "./sweep/time-simulated-sweep.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
await ensureDataSet(url);
const handle = createDbHandle({ kind: "postgres", url });
setDbHandleForTests(handle);
const pool = new pg.Pool(pgPoolConfig(url));
const due = async (at: Date) =>
  Number(
    (await pool.query(`SELECT count(*) AS n FROM "Task" WHERE "signalsCheckAt" <= $1::timestamp(3)`, [at])).rows[0].n,
  );
try {
  const now = new Date();
  console.log(await explainSignalInput(pool));
  const backlog = await due(now);
  const started = performance.now();
  const caught = await sweepSignals(now, { batchSize: 500 });
  console.log(
    `\nBắt kịp một lần (sau migration hoặc khi máy chủ dừng lâu): ${backlog.toLocaleString("en-US")} nhiệm vụ đến hạn, ` +
      `${caught.batches} lô, ${caught.created} cảnh báo mới, ${caught.updated} cập nhật, ${caught.closed} chấm dứt: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    "\n| Lần quét | Nhiệm vụ đến hạn | Lô | Cảnh báo thay đổi | Thời gian | Mục tiêu |\n|---|---:|---:|---:|---:|---|",
  );
  // A day later is a weekend day half of the time, when nothing grows; the day's first sweep
  // of the next working day is the worst case: every overdue item's working days grow then.
  const nextWorkday =
    startOfLocalDay(nextWorkingDay(localDateOf(now), (await loadSignalSettings(handle.prisma)).calendar)).getTime() +
    60_000;
  const moments = [
    ["sau 10 phút", now.getTime() + 10 * 60_000, 5],
    ["sau 1 ngày", now.getTime() + 24 * 3_600_000, 60],
    [`đầu ngày làm việc kế tiếp (${new Date(nextWorkday).toISOString().slice(0, 16)}Z)`, nextWorkday, 60],
  ] as const;
  for (const [label, at, target] of moments) {
    const r = await timeSimulatedSweep(handle.prisma, new Date(at));
    console.log(
      `| ${label} | ${r.tasks.toLocaleString("en-US")} | ${r.batches} | ${r.changed.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} s | ${r.seconds < target ? "✓" : "✗"} < ${target} s |`,
    );
  }
} finally {
  await pool.end();
  await handle.close();
}
