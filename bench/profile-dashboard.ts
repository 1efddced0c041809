// Usage: BENCH_CASE=0 [EXPLAIN=1] [TOP=6] npx tsx --conditions=react-server bench/profile-dashboard.ts
// Which statements of one benchmark case (bench/dashboards/bench-cases.ts, by index) cost the
// most: runs the dashboard once, then each statement it sent alone, slowest first, with its
// plan (EXPLAIN ANALYZE, BUFFERS) when EXPLAIN=1. For finding what to make faster.
import pg from "pg";
import { pgPoolConfig } from "../lib/server/db/create-prisma-client.ts";
import { benchCases } from "./dashboards/bench-cases.ts";
import { openRecordedDb } from "./dashboards/recorded-db.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
const { prisma, recorder } = openRecordedDb(url);
const pool = new pg.Pool({ ...pgPoolConfig(url), max: 1 });

try {
  const cases = await benchCases(prisma, new Date());
  const c = cases[Number(process.env.BENCH_CASE ?? 0)];
  await c.run();
  const statements = await recorder.record(c.run);
  const timed: { sql: string; params: unknown[]; ms: number }[] = [];
  for (const q of statements) {
    const started = performance.now();
    await pool.query(q.sql, q.params);
    timed.push({ sql: q.sql, params: q.params, ms: performance.now() - started });
  }
  timed.sort((a, b) => b.ms - a.ms);
  console.log(
    `${c.name}: ${statements.length} câu SQL, chạy lần lượt ${Math.round(timed.reduce((n, t) => n + t.ms, 0))} ms`,
  );
  for (const t of timed.slice(0, Number(process.env.TOP ?? 6))) {
    console.log(`\n### ${Math.round(t.ms)} ms\n${t.sql.replace(/\s+/g, " ").slice(0, 300)}`);
    if (process.env.EXPLAIN !== "1") continue;
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${t.sql}`, t.params);
    console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }
} finally {
  await pool.end();
  await prisma.$disconnect();
}
