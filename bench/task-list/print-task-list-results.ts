export type TTaskListResult = {
  name: string;
  targetP95: number | null;
  statements: number;
  /** A count, or "> 10,000" where the search stopped counting. */
  found: number | string;
  p50: number;
  p95: number;
};

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** A Markdown table, ready for the README: each case's p50 and p95 against its target. */
export function printTaskListResults(results: readonly TTaskListResult[], runs: number, label: string): string {
  const header = [
    `\n${label}: ${runs} lần đo mỗi trường hợp (sau 5 lần khởi động).`,
    "",
    "| Trường hợp | Câu SQL | Số nhiệm vụ | p50 | p95 | Mục tiêu p95 |",
    "|---|---:|---:|---:|---:|---|",
  ];
  const rows = results.map((r) => {
    const target = r.targetP95 === null ? "—" : `${r.p95 < r.targetP95 ? "✓" : "✗"} < ${r.targetP95} ms`;
    return `| ${r.name} | ${r.statements} | ${typeof r.found === "number" ? r.found.toLocaleString("en-US") : r.found} | ${ms(r.p50)} | ${ms(r.p95)} | ${target} |`;
  });
  return [...header, ...rows].join("\n");
}
