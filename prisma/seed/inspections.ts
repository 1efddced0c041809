import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { CONCLUDED_ON, DEMO_CONCLUSION_NUMBER, DEMO_CONCLUSION_SUBJECT } from "./inspection-conclusion.ts";
import type { TSeedClock } from "./seed-clock.ts";

/**
 * The demo's inspections, by Vụ Thanh tra - Kiểm tra (thanhtra@demo.bhxh.vn leads both): a
 * planned one of BHXH quận Hai Bà Trưng under this year's plan, under way for three working
 * days, with two checklist answers and a finding; and a surprise one of BHXH quận Đống Đa that
 * starts on the next working day, so the Đống Đa accounts do not see it yet while the inspector does;
 * and a planned one of BHXH TP. Đà Nẵng concluded twelve working days ago (seedConcludedInspection).
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
  await seedConcludedInspection(prisma, clock, {
    planId: plan.id,
    ttktId: ttkt.id,
    leadId: lead.id,
    memberId: member.id,
  });
  await prisma.event.createMany({ data: events.map((e) => ({ ...e, kind: e.kind as never })) });
}

/**
 * The plan's concluded entry: BHXH TP. Đà Nẵng inspected on citizen reception and complaints
 * (1151), three checklist answers, two findings resting on its late task and its head, and the
 * conclusion 27/KL-TTKT whose two recommendations are the tasks built with the demo model
 * (prisma/seed/inspection-conclusion.ts): one done on time, one under way.
 */
async function seedConcludedInspection(
  prisma: PrismaClient,
  clock: TSeedClock,
  ids: { planId: string; ttktId: string; leadId: string; memberId: string },
) {
  const { planId, ttktId, leadId, memberId } = ids;
  const dn = await prisma.unit.findUniqueOrThrow({ where: { code: "DN" }, select: { id: true } });
  const dnHead = await prisma.user.findUniqueOrThrow({ where: { email: "ducpv@demo.bhxh.vn" }, select: { id: true } });
  const kntc = await prisma.checklist.findFirstOrThrow({
    where: { title: { contains: "1151" } },
    include: { items: { orderBy: { position: "asc" } } },
  });
  const directive = await prisma.directive.findUniqueOrThrow({
    where: { number: DEMO_CONCLUSION_NUMBER },
    select: { id: true, tasks: { orderBy: { point: "asc" }, select: { id: true } } },
  });
  const lateTask = await prisma.task.findFirstOrThrow({
    where: { leadUnitId: dn.id, title: { startsWith: "Quán triệt, triển khai pháp luật về tiếp công dân" } },
    select: { id: true, steps: { orderBy: { order: "desc" }, take: 1, select: { id: true } } },
  });
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const concludedOn = clock.day(CONCLUDED_ON);
  const planned = clock.at(clock.shift(concludedOn, -10), "09:00");
  const started = clock.at(clock.shift(concludedOn, -5), "08:00");
  const answered = clock.at(clock.shift(concludedOn, -3), "15:30");
  const concluded = clock.at(concludedOn, "08:00");
  const year = Number(clock.today.slice(0, 4));
  const inspection = await prisma.inspection.create({
    data: {
      kind: "PLANNED",
      planId,
      inspectingUnitId: ttktId,
      inspectedUnitId: dn.id,
      periodFrom: day(`${year}-01-01`),
      periodTo: day(clock.shift(concludedOn, -6)),
      subject: DEMO_CONCLUSION_SUBJECT,
      startsOn: day(clock.shift(concludedOn, -5)),
      endsOn: day(clock.shift(concludedOn, -2)),
      status: "CONCLUDED",
      startedAt: started,
      concludedAt: concluded,
      checklistId: kntc.id,
      createdById: leadId,
      createdAt: planned,
      team: {
        create: [
          { userId: leadId, role: "LEAD" },
          { userId: memberId, role: "MEMBER" },
        ],
      },
    },
  });
  const answers = [
    { result: "NOT_MET", note: "Giám đốc chưa tiếp công dân định kỳ theo lịch trong quý III." },
    { result: "NOT_MET", note: "03 đơn khiếu nại giải quyết quá thời hạn luật định." },
    { result: "MET", note: "Sổ theo dõi tiếp công dân ghi đầy đủ." },
  ] as const;
  await prisma.inspectionChecklistAnswer.createMany({
    data: answers.map((a, i) => ({
      inspectionId: inspection.id,
      itemId: kntc.items[i]!.id,
      ...a,
      answeredById: i === 2 ? memberId : leadId,
      answeredAt: answered,
    })),
  });
  const findings = [
    {
      severity: "SERIOUS" as const,
      description:
        "Việc quán triệt pháp luật về tiếp công dân, khiếu nại, tố cáo hoàn thành chậm; báo cáo kết quả gửi quá hạn, không xin gia hạn.",
      links: [{ taskId: lateTask.id }, { stepId: lateTask.steps[0]!.id }],
    },
    {
      severity: "MODERATE" as const,
      description: "Giám đốc chưa trực tiếp tiếp công dân định kỳ theo lịch đã công bố.",
      links: [{ userId: dnHead.id }],
    },
  ];
  const findingIds: string[] = [];
  for (const f of findings) {
    const row = await prisma.inspectionFinding.create({
      data: {
        inspectionId: inspection.id,
        severity: f.severity,
        description: f.description,
        createdById: leadId,
        createdAt: answered,
        links: { create: f.links },
      },
    });
    findingIds.push(row.id);
  }
  const conclusion = await prisma.inspectionConclusion.create({
    data: {
      inspectionId: inspection.id,
      directiveId: directive.id,
      summary:
        "BHXH TP. Đà Nẵng đã niêm yết nội quy tiếp công dân nhưng Giám đốc chưa tiếp công dân định kỳ theo lịch; 03 đơn khiếu nại giải quyết quá thời hạn luật định, chưa có giải trình. Yêu cầu khắc phục theo các kiến nghị dưới đây.",
      issuedById: leadId,
      issuedAt: concluded,
      recommendations: { create: directive.tasks.map((t, position) => ({ position, taskId: t.id })) },
    },
    include: { recommendations: { orderBy: { position: "asc" } } },
  });
  const linkKind = (l: object) => Object.keys(l)[0]!.replace("Id", "");
  const events = [
    {
      kind: "INSPECTION_CREATED",
      at: planned,
      payload: {
        inspectionId: inspection.id,
        kind: "PLANNED",
        planId,
        inspectingUnitId: ttktId,
        inspectedUnitId: dn.id,
        leadUserId: leadId,
        memberUserIds: [memberId],
      },
    },
    {
      kind: "INSPECTION_UPDATED",
      at: started,
      payload: { inspectionId: inspection.id, fields: ["status"], previousStatus: "PLANNED", status: "IN_PROGRESS" },
    },
    ...answers.map((a, i) => ({
      kind: "INSPECTION_ITEM_ANSWERED",
      at: answered,
      actorId: i === 2 ? memberId : leadId,
      payload: { inspectionId: inspection.id, itemId: kntc.items[i]!.id, result: a.result, previousResult: null },
    })),
    ...findings.map((f, i) => ({
      kind: "INSPECTION_FINDING_ADDED",
      at: answered,
      payload: {
        inspectionId: inspection.id,
        findingId: findingIds[i],
        severity: f.severity,
        links: f.links.map((l) => ({ kind: linkKind(l), id: Object.values(l)[0] })),
      },
    })),
    {
      kind: "INSPECTION_CONCLUDED",
      at: concluded,
      directiveId: directive.id,
      payload: {
        inspectionId: inspection.id,
        conclusionId: conclusion.id,
        directiveId: directive.id,
        number: DEMO_CONCLUSION_NUMBER,
        recommendations: conclusion.recommendations.map((r) => ({ recommendationId: r.id, taskId: r.taskId })),
      },
    },
  ];
  await prisma.event.createMany({
    data: events.map((e) => ({ actorId: leadId, ...e, kind: e.kind as never })),
  });
}
