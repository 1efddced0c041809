import { readFileSync } from "node:fs";
import pg from "pg";
const s: { sql: string; params: unknown[] }[] = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:5432/trach_bench", max: 1, options: "-c jit=off -c random_page_cost=1.1" });
const q = s[Number(process.argv[3])];
await pool.query(q.sql, q.params);
const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
console.log(rows.map((r) => r["QUERY PLAN"]).join("\n").replace(/\{[0-9a-f-,]{200,}\}/g, "{…ids…}"));
await pool.end();
