import type { TCurrentActor } from "../../lib/server/auth/to-current-actor.ts";
import { toCurrentActor } from "../../lib/server/auth/to-current-actor.ts";
import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { getComplianceView } from "../../lib/server/dashboards/get-compliance-view.ts";
import { getUnitDashboard } from "../../lib/server/dashboards/get-unit-dashboard.ts";
import { periodPresets } from "../../lib/server/dashboards/period-presets.ts";

export type TBenchCase = {
  name: string;
  /** The p95 the issue asks for, in ms. */
  targetP95: number;
  run: () => Promise<unknown>;
};

async function actor(prisma: PrismaClient, email: string): Promise<TCurrentActor> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    include: { unit: { select: { name: true, path: true } } },
  });
  return toCurrentActor(user);
}

/**
 * The dashboards as their users open them: TCCB's whole-sector view (all time, this month,
 * and drilled to one province), and the unit heads' dashboards of a district (Đống Đa) and
 * of a province (Hà Nội), plus one filtered by a directive, which the cells cannot answer.
 */
export async function benchCases(prisma: PrismaClient, now: Date): Promise<TBenchCase[]> {
  const [tccb, dongDaHead, hanoiHead] = await Promise.all([
    actor(prisma, "tccb@demo.bhxh.vn"),
    actor(prisma, "truong.dongda@demo.bhxh.vn"),
    actor(prisma, "giamdoc.hanoi@demo.bhxh.vn"),
  ]);
  const thisMonth = periodPresets(now, "vi")[0];
  const month = { from: thisMonth.from, to: thisMonth.to };
  const directive = await prisma.task.findFirstOrThrow({
    where: { leadUnitId: dongDaHead.unitId },
    select: { directiveId: true },
  });
  const TCCB = 300;
  const HEAD = 150;
  return [
    { name: "TCCB: toàn Ngành, toàn bộ thời gian", targetP95: TCCB, run: () => getComplianceView(tccb, {}, now) },
    { name: "TCCB: toàn Ngành, tháng này", targetP95: TCCB, run: () => getComplianceView(tccb, month, now) },
    {
      name: "TCCB: BHXH Hà Nội (drill-down)",
      targetP95: TCCB,
      run: () => getComplianceView(tccb, { unit: hanoiHead.unitId }, now),
    },
    { name: "Trưởng BHXH Đống Đa", targetP95: HEAD, run: () => getUnitDashboard(dongDaHead, {}, now) },
    { name: "Trưởng BHXH Đống Đa, tháng này", targetP95: HEAD, run: () => getUnitDashboard(dongDaHead, month, now) },
    {
      name: "Trưởng BHXH Đống Đa, một văn bản",
      targetP95: HEAD,
      run: () => getUnitDashboard(dongDaHead, { directive: directive.directiveId }, now),
    },
    { name: "Giám đốc BHXH Hà Nội", targetP95: HEAD, run: () => getUnitDashboard(hanoiHead, {}, now) },
  ];
}
