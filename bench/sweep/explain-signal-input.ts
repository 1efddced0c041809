import type pg from "pg";
import { SIGNAL_INPUT_SQL } from "../../lib/server/signals/load-signal-input.ts";

type TPlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: TPlanNode[] };

/** Every scan of a table in the plan, as "Node Type on Table (index)". */
function scansOf(node: TPlanNode, out: string[] = []): string[] {
  if (node["Relation Name"])
    out.push(`${node["Node Type"]} on ${node["Relation Name"]}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`);
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

/**
 * The plan of the signal refresh's one read for the task with the most consultations (the
 * case that scanned all 8M events before the consultation index), run for real: every scan of
 * the big tables must go through an index, so the cost is bounded by the task's size.
 */
export async function explainSignalInput(pool: pg.Pool): Promise<string> {
  const {
    rows: [task],
  } = await pool.query<{ taskId: string; consultations: number; events: number }>(`
    SELECT s."taskId", count(*)::int AS consultations,
           (SELECT count(*)::int FROM "Event" e WHERE e."taskId" = s."taskId") AS events
      FROM "Consultation" c JOIN "TaskStep" s ON s."id" = c."stepId"
     GROUP BY s."taskId" ORDER BY count(*) DESC LIMIT 1`);
  const {
    rows: [plan],
  } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${SIGNAL_INPUT_SQL}`, [[task.taskId]]);
  const root = plan["QUERY PLAN"][0] as { Plan: TPlanNode; "Execution Time": number };
  const scans = [...new Set(scansOf(root.Plan))].sort();
  const big = ["Event", "TaskStep", "Consultation", "ExtensionRequest", "Signal", "Task", "User"];
  const seqOnBig = scans.filter((s) => s.startsWith("Seq Scan") && big.some((t) => s.endsWith(` on ${t}`)));
  return [
    `Đọc dữ liệu làm mới cảnh báo cho một nhiệm vụ (${task.consultations} xin ý kiến, ${task.events} sự kiện): ` +
      `${root["Execution Time"].toFixed(1)} ms, ${seqOnBig.length === 0 ? "✓ chỉ quét qua chỉ mục" : `✗ quét tuần tự: ${seqOnBig.join(", ")}`}`,
    ...scans.map((s) => `  - ${s}`),
  ].join("\n");
}
