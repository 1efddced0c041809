export type TBenchResult = {
  name: string;
  targetP95: number;
  statements: number;
  server: { p50: number; p95: number };
  bare: { p50: number; p95: number };
};

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** A Markdown table, ready for the README: each dashboard against its target and its bare SQL. */
export function printResults(results: readonly TBenchResult[], runs: number): string {
  const header = [
    `\n${runs} lần đo mỗi bảng điều khiển (sau 5 lần khởi động).`,
    "",
    "| Bảng điều khiển | Câu SQL | Máy chủ p50 | Máy chủ p95 | SQL trần p50 | SQL trần p95 | p95 / SQL trần | Mục tiêu p95 |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  const rows = results.map((r) => {
    const ratio = r.server.p95 / r.bare.p95;
    const target = `${r.server.p95 < r.targetP95 ? "✓" : "✗"} < ${r.targetP95} ms${ratio <= 1.5 ? "" : " (✗ > 1,5×)"}`;
    return `| ${r.name} | ${r.statements} | ${ms(r.server.p50)} | ${ms(r.server.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${ratio.toFixed(2)}× | ${target} |`;
  });
  return [...header, ...rows].join("\n");
}
