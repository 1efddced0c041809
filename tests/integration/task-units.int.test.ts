import { beforeAll, describe, expect, it } from "vitest";
import { requestConsultation } from "../../lib/server/consultations/request-consultation";
import { reassignStep } from "../../lib/server/steps/reassign-step";
import { ruleOnReturn } from "../../lib/server/steps/rule-on-return";
import { completeStep } from "../../lib/server/steps/complete-step";
import { createTask as createTaskAs } from "../../lib/server/tasks-create/create-task";
import { createConsultation } from "../factories/create-consultation";
import { createDirective, createTask } from "../factories/create-task";
import { createUnitTree } from "../factories/create-unit-tree";
import { unique } from "../factories/unique";
import { testDb } from "../support/use-test-db";
import { createTemplateFixture } from "./tasks-create/fixtures";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Chuyển cho người phụ trách mảng thu.";

/** TaskUnit's rows of a task, as unit ids in order. */
async function unitsOf(taskId: string): Promise<string[]> {
  const rows = await testDb.prisma.taskUnit.findMany({
    where: { taskId },
    select: { unitId: true },
    orderBy: { unitId: "asc" },
  });
  return rows.map((r) => r.unitId);
}

/** The same recounted from the four sources by hand: lead, coordinators, steps, consultations. */
async function recountOf(taskId: string): Promise<string[]> {
  const task = await testDb.prisma.task.findUnique({
    where: { id: taskId },
    select: {
      leadUnitId: true,
      coordinators: { select: { unitId: true } },
      steps: { select: { unitId: true, consultations: { select: { targetUnitId: true } } } },
    },
  });
  if (!task) return [];
  const ids = [
    task.leadUnitId,
    ...task.coordinators.map((c) => c.unitId),
    ...task.steps.flatMap((s) => [
      s.unitId,
      ...s.consultations.map((c) => c.targetUnitId).filter((u): u is string => u !== null),
    ]),
  ];
  return [...new Set(ids)].sort();
}

/**
 * Whole-table check in one statement (one snapshot): rows missing from TaskUnit or extra in it,
 * and tasks whose scopeUnitIds differ from their recount.
 */
async function tableDifferences(): Promise<number> {
  const [{ n }] = await testDb.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM (
      (SELECT "taskId", "unitId" FROM "TaskUnit" EXCEPT SELECT "taskId", "unitId" FROM "task_units_counted"())
      UNION ALL
      (SELECT "taskId", "unitId" FROM "task_units_counted"() EXCEPT SELECT "taskId", "unitId" FROM "TaskUnit")
    ) d) + (SELECT count(*) FROM "Task" t JOIN "task_scope_counted"() c ON c."taskId" = t.id
             WHERE t."scopeUnitIds" IS DISTINCT FROM c."scopeUnitIds") AS n`;
  return Number(n);
}

/** Task.scopeUnitIds against the units' paths, recounted by hand: every unit along each path. */
async function expectScopeKept(taskId: string, unitIds: string[]) {
  const task = await testDb.prisma.task.findUnique({ where: { id: taskId }, select: { scopeUnitIds: true } });
  if (!task) return;
  const units = await testDb.prisma.unit.findMany({ where: { id: { in: unitIds } }, select: { path: true } });
  const expected = [...new Set(units.flatMap((u) => u.path.split("/").filter(Boolean)))].sort();
  expect([...task.scopeUnitIds].sort()).toEqual(expected);
}

async function expectKept(taskId: string, expected?: string[]) {
  const kept = await unitsOf(taskId);
  expect(kept).toEqual(await recountOf(taskId));
  if (expected) expect(kept).toEqual([...new Set(expected)].sort());
  await expectScopeKept(taskId, kept);
}

describe("TaskUnit, kept by triggers: the units each task involves", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let templateId: string;
  let directiveId: string;

  const stepTask = (
    steps: { owner: { id: string; unitId: string }; status?: "TODO" | "IN_PROGRESS" | "RETURNED" | "PENDING" }[],
  ) =>
    createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      directiveId,
      steps: steps.map((s) => ({ owner: s.owner, deadline: later, status: s.status ?? "IN_PROGRESS" })),
    });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    templateId = (
      await createTemplateFixture(testDb.prisma, {
        steps: [
          { kind: "HANDLE", days: 2 },
          { kind: "APPROVE", days: 1 },
        ],
      })
    ).id;
    directiveId = (await createDirective(testDb.prisma)).id;
  });

  it("holds the lead unit, the coordinators and the steps' units of a task the application creates", async () => {
    const { units, people } = tree;
    const { id } = await createTaskAs(
      people.hanoiHead.actor,
      {
        directiveId,
        title: `Nhiệm vụ ${unique()}`,
        point: "",
        description: "",
        leadUnitId: units.hanoi.id,
        coordinatingUnitIds: [units.daNang.id, units.haiBaTrung.id],
        deadline: "2026-11-27",
        priority: "NORMAL",
        expectedResult: "",
        templateId,
        steps: [
          { ownerId: people.dongDaStaff.id, deadline: "2026-11-20" },
          { ownerId: people.hanoiHead.id, deadline: "2026-11-25" },
        ],
      },
      now,
    );
    await expectKept(id, [units.hanoi.id, units.daNang.id, units.haiBaTrung.id, units.dongDa.id]);
  });

  it("holds a sub-task's own units and leaves its parent's alone", async () => {
    const { units, people } = tree;
    const input = {
      directiveId,
      title: `Nhiệm vụ ${unique()}`,
      point: "",
      description: "",
      coordinatingUnitIds: [],
      deadline: "2026-11-27",
      priority: "NORMAL" as const,
      expectedResult: "",
      templateId,
    };
    const parent = await createTaskAs(
      people.hanoiHead.actor,
      {
        ...input,
        leadUnitId: units.hanoi.id,
        steps: [
          { ownerId: people.hanoiHead.id, deadline: "2026-11-20" },
          { ownerId: people.hanoiHead.id, deadline: "2026-11-25" },
        ],
      },
      now,
    );
    const child = await createTaskAs(
      people.hanoiHead.actor,
      {
        ...input,
        parentTaskId: parent.id,
        leadUnitId: units.dongDa.id,
        coordinatingUnitIds: [units.haiBaTrung.id],
        steps: [
          { ownerId: people.dongDaStaff.id, deadline: "2026-11-20" },
          { ownerId: people.dongDaHead.id, deadline: "2026-11-25" },
        ],
      },
      now,
    );
    await expectKept(parent.id, [units.hanoi.id]);
    await expectKept(child.id, [units.dongDa.id, units.haiBaTrung.id]);
  });

  it("follows a step reassigned to a person of another unit, and drops the unit it no longer involves", async () => {
    const task = await stepTask([
      { owner: tree.people.dongDaStaff },
      { owner: tree.people.hbtStaff, status: "PENDING" },
    ]);
    const first = task.steps[0];
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id]);
    // Lead unit Đống Đa stays; the step goes to Hai Bà Trưng, which the second step already involves.
    await reassignStep(
      tree.people.hanoiHead.actor,
      { stepId: first.id, expectedVersion: 0, newOwnerId: tree.people.hbtStaff.id, reason },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id]);
    // The second step goes to Hà Nội itself: Hai Bà Trưng is still the first step's unit.
    await reassignStep(
      tree.people.hanoiHead.actor,
      { stepId: task.steps[1].id, expectedVersion: 0, newOwnerId: tree.people.hanoiHead.id, reason },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id, tree.units.hanoi.id]);
    // And the first one back to Đống Đa: Hai Bà Trưng is involved no more.
    await reassignStep(
      tree.people.hanoiHead.actor,
      { stepId: first.id, expectedVersion: 1, newOwnerId: tree.people.dongDaStaff.id, reason },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.hanoi.id]);
  });

  it("follows an upheld return that hands the step to another unit", async () => {
    const task = await stepTask([{ owner: tree.people.dongDaStaff, status: "RETURNED" }]);
    await ruleOnReturn(
      tree.people.hanoiHead.actor,
      { stepId: task.steps[0].id, expectedVersion: 0, decision: "UPHOLD", newOwnerId: tree.people.hbtStaff.id, reason },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id]);
  });

  it("adds the unit a consultation is addressed to, and nothing for one addressed to a person", async () => {
    const task = await stepTask([{ owner: tree.people.dongDaStaff }]);
    const owner = tree.people.dongDaStaff;
    const ask = {
      stepId: task.steps[0].id,
      question: "Đề nghị cho ý kiến về số liệu nợ đóng.",
      responseDeadline: "2026-11-21",
    };
    await requestConsultation(
      owner.actor,
      { ...ask, expectedVersion: 0, targetUserId: tree.people.daNangStaff.id },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id]);
    await requestConsultation(owner.actor, { ...ask, expectedVersion: 1, targetUnitId: tree.units.daNang.id }, now);
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.daNang.id]);
  });

  it("is unchanged by writes that move no unit: completing a step, cancelling the task", async () => {
    const task = await stepTask([
      { owner: tree.people.dongDaStaff },
      { owner: tree.people.hbtStaff, status: "PENDING" },
    ]);
    await completeStep(
      tree.people.dongDaStaff.actor,
      { stepId: task.steps[0].id, expectedVersion: 0, result: "Đã xong phần việc." },
      now,
    );
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id]);
    await testDb.prisma.task.update({ where: { id: task.id }, data: { status: "CANCELLED" } });
    await expectKept(task.id, [tree.units.dongDa.id, tree.units.haiBaTrung.id]);
  });

  it("follows direct changes of every source: lead unit, coordinators, steps and consultations, updated and deleted", async () => {
    const { units, people } = tree;
    const task = await stepTask([{ owner: people.dongDaStaff }, { owner: people.hbtStaff, status: "PENDING" }]);
    const db = testDb.prisma;
    await db.task.update({ where: { id: task.id }, data: { leadUnitId: units.hanoi.id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id]);
    await db.taskCoordinator.create({ data: { taskId: task.id, unitId: units.daNang.id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id, units.daNang.id]);
    await db.taskCoordinator.update({
      where: { taskId_unitId: { taskId: task.id, unitId: units.daNang.id } },
      data: { unitId: units.root.id },
    });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id, units.root.id]);
    await db.taskCoordinator.delete({ where: { taskId_unitId: { taskId: task.id, unitId: units.root.id } } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id]);

    const consultation = await createConsultation(db, {
      stepId: task.steps[1].id,
      requesterId: people.hbtStaff.id,
      targetUnitId: units.daNang.id,
      responseDeadline: later,
    });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id, units.daNang.id]);
    await db.consultation.update({ where: { id: consultation.id }, data: { targetUnitId: units.dongDa.id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id]);
    await db.consultation.update({ where: { id: consultation.id }, data: { targetUnitId: units.root.id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id, units.root.id]);
    await db.consultation.delete({ where: { id: consultation.id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id, units.haiBaTrung.id]);

    // A step with a consultation deleted at once (cascade): both units go.
    await createConsultation(db, {
      stepId: task.steps[1].id,
      requesterId: people.hbtStaff.id,
      targetUnitId: units.daNang.id,
      responseDeadline: later,
    });
    await db.taskStep.delete({ where: { id: task.steps[1].id } });
    await expectKept(task.id, [units.hanoi.id, units.dongDa.id]);
    await db.taskStep.update({ where: { id: task.steps[0].id }, data: { unitId: units.haiBaTrung.id } });
    await expectKept(task.id, [units.hanoi.id, units.haiBaTrung.id]);
  });

  it("moves a step and its consultations from one task to another", async () => {
    const { units, people } = tree;
    const from = await stepTask([{ owner: people.dongDaStaff }, { owner: people.hbtStaff, status: "PENDING" }]);
    const to = await stepTask([{ owner: people.dongDaStaff }]);
    await createConsultation(testDb.prisma, {
      stepId: from.steps[1].id,
      requesterId: people.hbtStaff.id,
      targetUnitId: units.daNang.id,
      responseDeadline: later,
    });
    await testDb.prisma.taskStep.update({ where: { id: from.steps[1].id }, data: { taskId: to.id, order: 2 } });
    await expectKept(from.id, [units.dongDa.id]);
    // The consultation came along with its step, but only the step's trigger ran: its unit is
    // recounted with the step's new task.
    await expectKept(to.id, [units.dongDa.id, units.haiBaTrung.id, units.daNang.id]);
  });

  it("moves a consultation to a step of another task", async () => {
    const { units, people } = tree;
    const a = await stepTask([{ owner: people.dongDaStaff }]);
    const b = await stepTask([{ owner: people.dongDaStaff }]);
    const c = await createConsultation(testDb.prisma, {
      stepId: a.steps[0].id,
      requesterId: people.dongDaStaff.id,
      targetUnitId: units.daNang.id,
      responseDeadline: later,
    });
    await testDb.prisma.consultation.update({ where: { id: c.id }, data: { stepId: b.steps[0].id } });
    await expectKept(a.id, [units.dongDa.id]);
    await expectKept(b.id, [units.dongDa.id, units.daNang.id]);
  });

  it("goes with a deleted task, coordinators, steps and consultations included", async () => {
    const { units, people } = tree;
    const task = await stepTask([{ owner: people.dongDaStaff }, { owner: people.hbtStaff, status: "PENDING" }]);
    await testDb.prisma.taskCoordinator.create({ data: { taskId: task.id, unitId: units.daNang.id } });
    await createConsultation(testDb.prisma, {
      stepId: task.steps[0].id,
      requesterId: people.dongDaStaff.id,
      targetUnitId: units.root.id,
      responseDeadline: later,
    });
    await testDb.prisma.task.delete({ where: { id: task.id } });
    expect(await unitsOf(task.id)).toEqual([]);
  });

  it("equals the SQL recount over the whole table after all of the above", async () => {
    expect(await tableDifferences()).toBe(0);
  });
});
