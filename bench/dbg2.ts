import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/server/db/generated/client.ts";
import { setDbHandleForTests } from "../lib/server/db/prisma.ts";
import { benchCases } from "./dashboards/bench-cases.ts";
import { createQueryRecorder } from "./dashboards/captured-queries.ts";
const url = "postgresql://postgres@127.0.0.1:5432/trach_bench";
const recorder = createQueryRecorder();
const adapterFactory = new PrismaPg({ connectionString: url, max: 10 });
const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: "event", level: "query" }] });
prisma.$on("query", (e) => recorder.onQuery(e));
setDbHandleForTests({ prisma, adapterFactory, close: () => prisma.$disconnect() });
const pool = new pg.Pool({ connectionString: url, max: 1, options: "-c jit=off" });
const cases = await benchCases(prisma, new Date());
const c = cases[Number(process.env.CASE ?? 0)];
await c.run();
const qs = await recorder.record(c.run);
const timed = [];
for (const q of qs) {
  const t = performance.now();
  await pool.query(q.sql, q.params as unknown[]);
  timed.push({ q, ms: performance.now() - t });
}
timed.sort((a, b) => b.ms - a.ms);
console.log("== sequential total", Math.round(timed.reduce((n, t) => n + t.ms, 0)));
for (const { q, ms } of timed.slice(0, Number(process.env.TOP ?? 6))) {
  console.log("\n###", Math.round(ms), "ms");
  if (process.env.EXPLAIN) {
    const { rows } = await pool.query("EXPLAIN (ANALYZE, BUFFERS) " + q.sql, q.params as unknown[]);
    console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  } else console.log(q.sql.replace(/\s+/g, " ").slice(0, 200));
}
await pool.end();
await prisma.$disconnect();
