import { readFileSync } from "node:fs";
import pg from "pg";
const file = process.argv[2];
const only = process.argv[3] ? process.argv[3].split(",").map(Number) : null;
const s: { sql: string; params: unknown[] }[] = JSON.parse(readFileSync(file, "utf8"));
const pool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:5432/trach_bench", max: 1, options: "-c jit=off -c random_page_cost=1.1" });
let total = 0;
const out: [number, number, string][] = [];
for (let i = 0; i < s.length; i++) {
  if (only && !only.includes(i)) continue;
  const times: number[] = [];
  for (let r = 0; r < 7; r++) { const t = performance.now(); await pool.query(s[i].sql, s[i].params); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  total += times[3];
  out.push([i, times[3], s[i].sql.replace(/\s+/g, " ").slice(0, 90)]);
}
out.sort((a, b) => b[1] - a[1]);
for (const [i, m, q] of out) console.log(String(i).padStart(2), m.toFixed(1).padStart(7), q);
console.log("sum of medians", total.toFixed(1));
await pool.end();
