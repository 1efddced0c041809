// Usage: npm run bench:evaluations   (BENCH_DATABASE_URL, BENCH_RUNS optional)
// The evaluation under Decree 335 at sector size (issue 14), through the same server functions
// as the pages and the API: a unit's evaluation table (a district, a province's tree) with its
// p50/p95 against the 200 ms target, and TCCB's sector view, which computes every person's
// month (about 20,000 people) in one pass, against the 60 s target. Last month is measured.
// Not a test: numbers for the README. Uses (and migrates) the data set of `npm run bench`.
import { loadavg } from "node:os";
import { ensureDataSet } from "./dashboards/ensure-data-set.ts";
import { percentile, timeRuns } from "./dashboards/percentiles.ts";
import { openRecordedDb } from "./dashboards/recorded-db.ts";
import type { TActor } from "../lib/domain/access/roles.ts";
import { addCalendarDays, localDateOf } from "../lib/domain/calendar/index.ts";
import { periodOf } from "../lib/domain/recurrence/index.ts";
import { getSectorEvaluations } from "../lib/server/evaluation/get-sector-evaluations.ts";
import { getUnitEvaluations } from "../lib/server/evaluation/get-unit-evaluations.ts";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench";
const runs = Number(process.env.BENCH_RUNS ?? 40);
const UNIT_TARGET_P95_MS = 200;
const SECTOR_TARGET_MS = 60_000;

await ensureDataSet(url);
const { prisma } = openRecordedDb(url);
try {
  const now = new Date();
  const period = periodOf("MONTHLY", addCalendarDays(periodOf("MONTHLY", localDateOf(now)).start, -1)).key;
  const [people, steps] = await Promise.all([prisma.user.count(), prisma.taskStep.count()]);
  const tccb = await prisma.user.findFirstOrThrow({
    where: { roles: { has: "TCCB_MONITOR" } },
    include: { unit: true },
  });
  const actorOf = (u: typeof tccb): TActor => ({ id: u.id, unitId: u.unitId, unitPath: u.unit.path, roles: u.roles });
  // The largest district and the largest province's tree, by people.
  const sizes = await prisma.$queryRaw<Array<{ id: string; level: string; n: number }>>`
    SELECT u.id, u.level::text, (SELECT count(*) FROM "User" p JOIN "Unit" pu ON pu.id = p."unitId"
                                 WHERE pu.path LIKE u.path || '%')::int AS n
      FROM "Unit" u WHERE u.level IN ('DISTRICT', 'PROVINCE') ORDER BY n DESC`;
  const district = sizes.find((s) => s.level === "DISTRICT")!;
  const province = sizes.find((s) => s.level === "PROVINCE")!;
  const cases = [
    { name: `Bảng đánh giá một quận, huyện (${district.n} người)`, unitId: district.id },
    { name: `Bảng đánh giá một tỉnh, cả cây (${province.n} người)`, unitId: province.id },
  ];
  console.log(`Dữ liệu: ${people} người, ${steps} khâu; kỳ ${period}; tải máy ${loadavg()[0]!.toFixed(1)}.`);
  for (const c of cases) {
    const run = () => getUnitEvaluations(actorOf(tccb), c.unitId, period);
    await timeRuns(5, run);
    const samples = await timeRuns(runs, run);
    const p95 = percentile(samples, 95);
    console.log(
      `${c.name}: p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms ` +
        `(mục tiêu < ${UNIT_TARGET_P95_MS} ms: ${p95 < UNIT_TARGET_P95_MS ? "đạt" : "KHÔNG ĐẠT"}), ${runs} lần`,
    );
  }
  const sector = await timeRuns(3, () => getSectorEvaluations(actorOf(tccb), period));
  const last = await getSectorEvaluations(actorOf(tccb), period);
  const worst = Math.max(...sector);
  console.log(
    `Toàn Ngành, cả tháng ${period} (${last.sector.people} người, ${last.units.length} đơn vị cấp trên): ` +
      `${sector.map((ms) => (ms / 1000).toFixed(1)).join(" / ")} s ` +
      `(mục tiêu < ${SECTOR_TARGET_MS / 1000} s: ${worst < SECTOR_TARGET_MS ? "đạt" : "KHÔNG ĐẠT"}), tải máy ${loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  await prisma.$disconnect();
}
