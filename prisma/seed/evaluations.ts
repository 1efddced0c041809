import { randomUUID } from "node:crypto";
import { addCalendarDays, endOfLocalDay, localDateOf, startOfLocalDay } from "../../lib/domain/calendar/index.ts";
import { periodOf } from "../../lib/domain/recurrence/index.ts";
import { ZEventPayload } from "../../lib/schemas/event-payloads.ts";
import type { Prisma, PrismaClient } from "../../lib/server/db/generated/client.ts";
import type { TDbHandle } from "../../lib/server/db/create-prisma-client.ts";
import { setDbHandleForTests } from "../../lib/server/db/prisma.ts";
import { toCurrentActor } from "../../lib/server/auth/to-current-actor.ts";
import { approveEvaluation } from "../../lib/server/evaluation/approve-evaluation.ts";
import { assessEvaluation } from "../../lib/server/evaluation/assess-evaluation.ts";
import { submitSelfAssessment } from "../../lib/server/evaluation/submit-self-assessment.ts";

// The evaluation's demo (issue 14, Decree 335/2025): last month's products of a member of
// BHXH Quận 3 — two on time, one late with its explanation accepted as an objective cause,
// one late unexplained — for the evaluation journey; and last month's evaluations of
// BHXH Hai Bà Trưng at every stage (approved, awaiting approval, self-assessed), so the unit
// table and the sector view have something to show. Dates are last month's, whatever today is.

const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);

/** Before the signals are backfilled: the person's last-month task, its steps and their events. */
export async function seedEvaluationWork(prisma: PrismaClient, now: Date) {
  const month = periodOf("MONTHLY", addCalendarDays(periodOf("MONTHLY", localDateOf(now)).start, -1));
  const day = (n: number) => addCalendarDays(month.start, n - 1);
  const [person, head, directive] = await Promise.all([
    prisma.user.findFirstOrThrow({ where: { email: "vuongnh@demo.bhxh.vn" } }),
    prisma.user.findFirstOrThrow({ where: { email: "tranghtt@demo.bhxh.vn" } }),
    prisma.directive.findFirstOrThrow({ where: { number: "1251/BHXH-TCCB" } }),
  ]);
  const steps = [
    { name: "Rà soát hồ sơ thu BHXH tháng", kind: "HANDLE", due: day(6), done: at(day(6), "10:00") },
    { name: "Báo cáo kết quả rà soát", kind: "SUBMIT", due: day(10), done: at(day(12), "15:30") },
    { name: "Tổng hợp số liệu người lao động nghỉ việc", kind: "HANDLE", due: day(17), done: at(day(17), "09:00") },
    { name: "Đối chiếu danh sách với cơ quan thuế", kind: "HANDLE", due: day(22), done: at(day(24), "16:00") },
  ] as const;
  const deadline = endOfLocalDay(steps.at(-1)!.due);
  const taskId = randomUUID();
  const assignedAt = at(day(2), "08:30");
  await prisma.task.create({
    data: {
      id: taskId,
      point: "3",
      title: "Rà soát, đối chiếu hồ sơ thu BHXH tháng trước",
      directiveId: directive.id,
      leadUnitId: person.unitId,
      assignerId: head.id,
      deadline,
      originalDeadline: deadline,
      status: "COMPLETED",
      completedAt: steps.at(-1)!.done,
      result: "Đã rà soát, đối chiếu xong",
      createdAt: assignedAt,
      steps: {
        create: steps.map((s, i) => ({
          order: i + 1,
          name: s.name,
          kind: s.kind,
          ownerId: person.id,
          unitId: person.unitId,
          deadline: endOfLocalDay(s.due),
          originalDeadline: endOfLocalDay(s.due),
          status: "DONE",
          startedAt: assignedAt,
          completedAt: s.done,
          result: "Hoàn thành",
          lastActivityAt: s.done,
          createdAt: assignedAt,
        })),
      },
    },
  });
  const created = await prisma.taskStep.findMany({ where: { taskId }, orderBy: { order: "asc" } });
  const events = [
    {
      kind: "TASK_CREATED" as const,
      at: assignedAt,
      actorId: head.id,
      payload: {
        point: "3",
        leadUnitId: person.unitId,
        coordinatingUnitIds: [],
        deadline: deadline.toISOString(),
        parentTaskId: null,
        templateId: null,
      },
    },
    ...created.flatMap((s) => [
      {
        kind: "STEP_ASSIGNED" as const,
        at: assignedAt,
        actorId: head.id,
        stepId: s.id,
        payload: { to: person.id, toUnitId: person.unitId, deadline: s.deadline.toISOString() },
      },
      {
        kind: "STEP_COMPLETED" as const,
        at: s.completedAt!,
        actorId: person.id,
        stepId: s.id,
        payload: { result: "Hoàn thành" },
      },
    ]),
  ];
  for (const e of events) ZEventPayload.parse({ kind: e.kind, payload: e.payload });
  await prisma.event.createMany({ data: events.map((e) => ({ ...e, taskId })) });
  return { month: month.key, lateExplainedStepId: created[1]!.id };
}

/**
 * After the signals are backfilled: the explanation of the first delay accepted by the head, and
 * last month's evaluations of Hai Bà Trưng at three stages, with their events.
 */
export async function seedEvaluations(handle: TDbHandle, work: { month: string; lateExplainedStepId: string }) {
  const prisma = handle.prisma;
  const step = await prisma.taskStep.findUniqueOrThrow({
    where: { id: work.lateExplainedStepId },
    include: { task: true },
  });
  const head = await prisma.user.findFirstOrThrow({ where: { email: "tranghtt@demo.bhxh.vn" } });
  const explainedAt = new Date(step.completedAt!.getTime() + 60 * 60 * 1000);
  const existing = await prisma.signal.findFirst({ where: { stepId: step.id, kind: "OVERDUE_NO_EXTENSION" } });
  const signal =
    existing ??
    (await prisma.signal.create({
      data: {
        key: `demo-evaluation-${step.id}`,
        kind: "OVERDUE_NO_EXTENSION",
        subjectUserId: step.ownerId,
        unitId: step.unitId,
        taskId: step.taskId,
        directiveId: step.task.directiveId,
        stepId: step.id,
        since: step.deadline,
        explanation: "Khâu quá hạn, không xin gia hạn",
        detectedAt: step.deadline,
        resolvedAt: step.completedAt,
        evidenceEventIds: [],
      },
    }));
  const answer = "Số liệu của cơ quan thuế gửi chậm 2 ngày so với lịch (có công văn kèm theo).";
  const created = await prisma.signalAnswer.create({
    data: {
      signalId: signal.id,
      authorId: step.ownerId,
      explanation: answer,
      createdAt: explainedAt,
      decision: "ACCEPTED",
      reviewedById: head.id,
      reviewedAt: new Date(explainedAt.getTime() + 2 * 60 * 60 * 1000),
      reviewNote: "Nguyên nhân khách quan",
    },
  });
  await prisma.signal.update({
    where: { id: signal.id },
    data: { answerStatus: "ACCEPTED", countsAgainstPerson: false },
  });
  const ref = { signalId: signal.id, key: signal.key, kind: signal.kind, answerId: created.id };
  await prisma.event.createMany({
    data: [
      {
        kind: "SIGNAL_ANSWERED",
        at: explainedAt,
        actorId: step.ownerId,
        taskId: step.taskId,
        reason: answer,
        payload: ref,
      },
      {
        kind: "SIGNAL_ANSWER_ACCEPTED",
        at: created.reviewedAt!,
        actorId: head.id,
        taskId: step.taskId,
        reason: "Nguyên nhân khách quan",
        payload: { ...ref, subjectUserId: step.ownerId },
      },
    ].map((e) => {
      ZEventPayload.parse({ kind: e.kind, payload: e.payload });
      return e;
    }) as Prisma.EventCreateManyInput[],
  });
  await seedUnitEvaluations(handle, work.month);
}

/**
 * Last month in Hai Bà Trưng, through the assessment flow's own server functions (so the figures
 * are the scorecard's): one approved, one assessed and awaiting approval, one self-assessed.
 */
async function seedUnitEvaluations(handle: TDbHandle, month: string) {
  setDbHandleForTests(handle);
  const people = await handle.prisma.user.findMany({
    where: {
      email: { in: ["hieutv@demo.bhxh.vn", "quynhdt@demo.bhxh.vn", "phuongmt@demo.bhxh.vn", "sonkv@demo.bhxh.vn"] },
    },
    include: { unit: { select: { name: true, path: true } } },
  });
  const actor = (email: string) => toCurrentActor(people.find((p) => p.email === email)!);
  const head = actor("sonkv@demo.bhxh.vn");
  const firstDay = startOfLocalDay(addCalendarDays(periodOf("MONTHLY", `${month}-01`).end, 1));
  const hours = (n: number) => new Date(firstDay.getTime() + n * 3600_000);
  const summary = "Hoàn thành các khâu được giao trong tháng; tham gia rà soát hồ sơ theo Công văn 1251.";
  for (const [email, general] of [
    ["hieutv@demo.bhxh.vn", 28],
    ["quynhdt@demo.bhxh.vn", 26],
    ["phuongmt@demo.bhxh.vn", null],
  ] as const) {
    const person = actor(email);
    await submitSelfAssessment(person, person.id, month, { summary, generalPoints: 28 }, hours(2));
    if (general !== null) {
      await assessEvaluation(
        head,
        person.id,
        month,
        { generalPoints: general, marks: {}, note: "Hoàn thành tốt nhiệm vụ được giao" },
        hours(26),
      );
    }
  }
  await approveEvaluation(head, actor("hieutv@demo.bhxh.vn").id, month, "", hours(50));
}
