import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import type { TSeedClock } from "./seed-clock.ts";

/**
 * The demo's inspections, by Vụ Thanh tra - Kiểm tra (thanhtra@demo.bhxh.vn leads both): a
 * planned one of BHXH quận Hai Bà Trưng under this year's plan, under way for three working
 * days, with two checklist answers and a finding; and a surprise one of BHXH quận Đống Đa that
 * starts on the next working day, so the Đống Đa accounts do not see it yet while the inspector does.
 */
export async function seedInspections(prisma: PrismaClient, clock: TSeedClock): Promise<void> {
  const person = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const unit = (code: string) => prisma.unit.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const [ttkt, hbt, dd] = await Promise.all([unit("TTKT"), unit("HN-HBT"), unit("HN-DD")]);
  const [head, lead, member, hbtStaff] = await Promise.all([
    person("thangbd@demo.bhxh.vn"),
    person("thanhtra@demo.bhxh.vn"),
    person("nhunglth@demo.bhxh.vn"),
    person("hieutv@demo.bhxh.vn"),
  ]);
  const checklists = await prisma.checklist.findMany({ include: { items: { orderBy: { position: "asc" } } } });
  const kntc = checklists.find((c) => c.title.includes("1151"))!;
  const duty = checklists.find((c) => c.title.includes("1251"))!;
  const year = Number(clock.today.slice(0, 4));
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const planned = clock.at(clock.shift(clock.lastPastDay, -10), "08:30");
  const started = clock.at(clock.shift(clock.lastPastDay, -2), "08:00");
  const answered = clock.at(clock.lastPastDay, "15:00");
  const events: Array<{ kind: string; actorId: string; at: Date; payload: object }> = [];

  const plan = await prisma.inspectionPlan.create({
    data: {
      inspectingUnitId: ttkt.id,
      year,
      title: `Kế hoạch kiểm tra công vụ năm ${year}`,
      createdById: head.id,
      createdAt: planned,
    },
  });
  events.push({
    kind: "INSPECTION_PLAN_CREATED",
    actorId: head.id,
    at: planned,
    payload: { planId: plan.id, inspectingUnitId: ttkt.id, year },
  });

  const team = {
    create: [
      { userId: lead.id, role: "LEAD" as const },
      { userId: member.id, role: "MEMBER" as const },
    ],
  };
  const a = await prisma.inspection.create({
    data: {
      kind: "PLANNED",
      planId: plan.id,
      inspectingUnitId: ttkt.id,
      inspectedUnitId: hbt.id,
      periodFrom: day(`${year}-01-01`),
      periodTo: day(clock.shift(clock.lastPastDay, -15)),
      subject:
        "Trách nhiệm tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh theo Công văn 1151/BHXH-TTKT",
      startsOn: day(clock.shift(clock.lastPastDay, -2)),
      endsOn: day(clock.shift(clock.today, 2)),
      status: "IN_PROGRESS",
      startedAt: started,
      checklistId: kntc.id,
      createdById: lead.id,
      createdAt: planned,
      team,
    },
  });
  const [schedule, deadline] = kntc.items;
  await prisma.inspectionChecklistAnswer.createMany({
    data: [
      {
        inspectionId: a.id,
        itemId: schedule!.id,
        result: "MET",
        note: "Lịch tiếp công dân niêm yết tại trụ sở và trên trang thông tin.",
        answeredById: member.id,
        answeredAt: answered,
      },
      {
        inspectionId: a.id,
        itemId: deadline!.id,
        result: "NOT_MET",
        note: "02 đơn khiếu nại giải quyết quá thời hạn luật định.",
        answeredById: lead.id,
        answeredAt: answered,
      },
    ],
  });
  const finding = await prisma.inspectionFinding.create({
    data: {
      inspectionId: a.id,
      severity: "MODERATE",
      description:
        "02 đơn khiếu nại về chế độ ốm đau được giải quyết chậm 12 và 15 ngày so với thời hạn luật định; chưa có văn bản giải trình.",
      createdById: lead.id,
      createdAt: answered,
      links: { create: [{ userId: hbtStaff.id }] },
    },
  });
  const b = await prisma.inspection.create({
    data: {
      kind: "SURPRISE",
      inspectingUnitId: ttkt.id,
      inspectedUnitId: dd.id,
      periodFrom: day(`${year}-01-01`),
      periodTo: day(clock.lastPastDay),
      subject: "Kiểm tra đột xuất việc cụ thể, cá thể hóa trách nhiệm từng khâu theo Công văn 1251/BHXH-TCCB",
      startsOn: day(clock.shift(clock.today, 1)),
      endsOn: day(clock.shift(clock.today, 3)),
      checklistId: duty.id,
      createdById: lead.id,
      createdAt: planned,
      team,
    },
  });
  for (const [i, kind, planId, inspected] of [
    [a, "PLANNED", plan.id, hbt.id],
    [b, "SURPRISE", null, dd.id],
  ] as const) {
    events.push({
      kind: "INSPECTION_CREATED",
      actorId: lead.id,
      at: planned,
      payload: {
        inspectionId: i.id,
        kind,
        planId,
        inspectingUnitId: ttkt.id,
        inspectedUnitId: inspected,
        leadUserId: lead.id,
        memberUserIds: [member.id],
      },
    });
  }
  events.push(
    {
      kind: "INSPECTION_UPDATED",
      actorId: lead.id,
      at: started,
      payload: { inspectionId: a.id, fields: ["status"], previousStatus: "PLANNED", status: "IN_PROGRESS" },
    },
    {
      kind: "INSPECTION_ITEM_ANSWERED",
      actorId: member.id,
      at: answered,
      payload: { inspectionId: a.id, itemId: schedule!.id, result: "MET", previousResult: null },
    },
    {
      kind: "INSPECTION_ITEM_ANSWERED",
      actorId: lead.id,
      at: answered,
      payload: { inspectionId: a.id, itemId: deadline!.id, result: "NOT_MET", previousResult: null },
    },
    {
      kind: "INSPECTION_FINDING_ADDED",
      actorId: lead.id,
      at: answered,
      payload: {
        inspectionId: a.id,
        findingId: finding.id,
        severity: "MODERATE",
        links: [{ kind: "user", id: hbtStaff.id }],
      },
    },
  );
  await prisma.event.createMany({ data: events.map((e) => ({ ...e, kind: e.kind as never })) });
}
