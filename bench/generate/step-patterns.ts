import type pg from "pg";
import type { StepKind } from "../../lib/server/db/generated/client.ts";

/** Step sequences by number of steps; the decision (APPROVE) comes last when there is one. */
const patterns: Record<1 | 2 | 3, StepKind[][]> = {
  1: [["HANDLE"], ["ISSUE"]],
  2: [
    ["HANDLE", "APPROVE"],
    ["HANDLE", "SUBMIT"],
    ["RECEIVE", "HANDLE"],
  ],
  3: [
    ["RECEIVE", "HANDLE", "APPROVE"],
    ["HANDLE", "CONSULT", "SUBMIT"],
    ["HANDLE", "SUBMIT", "APPROVE"],
    ["RECEIVE", "HANDLE", "ISSUE"],
  ],
};

const stepNames: Record<StepKind, { name: string; result: string }> = {
  RECEIVE: { name: "Tiếp nhận, phân công xử lý", result: "Đã tiếp nhận, phân công xử lý." },
  HANDLE: { name: "Xử lý, dự thảo văn bản", result: "Đã hoàn thành dự thảo." },
  CONSULT: { name: "Lấy ý kiến đơn vị liên quan", result: "Đã tổng hợp, tiếp thu ý kiến các đơn vị." },
  SUBMIT: { name: "Trình lãnh đạo", result: "Đã trình lãnh đạo." },
  APPROVE: { name: "Phê duyệt", result: "Đã phê duyệt." },
  ISSUE: { name: "Ban hành, gửi kết quả", result: "Đã ban hành, gửi kết quả." },
};

/** How many patterns there are for 1, 2 and 3 steps, in that order. */
export const patternCounts = [patterns[1].length, patterns[2].length, patterns[3].length];

/** bench_step_pattern (nsteps, pattern, ord, kind, name, result). */
export async function createStepPatterns(client: pg.ClientBase): Promise<void> {
  const rows = ([1, 2, 3] as const).flatMap((n) =>
    patterns[n].flatMap((kinds, p) => kinds.map((kind, i) => ({ n, p: p + 1, ord: i + 1, kind, ...stepNames[kind] }))),
  );
  await client.query(
    `CREATE TEMP TABLE bench_step_pattern AS
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[])
       AS x(nsteps, pattern, ord, kind, name, result)`,
    [
      rows.map((r) => r.n),
      rows.map((r) => r.p),
      rows.map((r) => r.ord),
      rows.map((r) => r.kind),
      rows.map((r) => r.name),
      rows.map((r) => r.result),
    ],
  );
}
