import { beforeAll, describe, expect, it } from "vitest";
import { canViewTask, type TTaskReach } from "../../lib/domain/access/can-view-task";
import { taskScopeWhere } from "../../lib/server/access/task-scope";
import { getTaskOrThrow } from "../../lib/server/tasks/get-task-or-throw";
import { findUnitOpenTasks } from "../../lib/server/units/find-unit-open-tasks";
import { findUnitsOverview } from "../../lib/server/units/find-units-overview";
import { findMyWork } from "../../lib/server/work/find-my-work";
import { createConsultation } from "../factories/create-consultation";
import { createTask } from "../factories/create-task";
import { createUnitTree } from "../factories/create-unit-tree";
import { testDb } from "../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const day = 24 * 3600 * 1000;

describe("what each role can see", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let dongDaTask: Awaited<ReturnType<typeof createTask>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { dongDaHead, dongDaStaff } = tree.people;
    dongDaTask = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: dongDaHead.id,
      steps: [
        { owner: dongDaStaff, deadline: new Date(now.getTime() - 3 * day), status: "IN_PROGRESS" },
        { owner: dongDaHead, deadline: new Date(now.getTime() + 10 * day), status: "PENDING", kind: "APPROVE" },
      ],
    });
  });

  it.each([
    ["the staff member who owns a step", "dongDaStaff", true],
    ["the head of the district", "dongDaHead", true],
    ["the head of the province above", "hanoiHead", true],
    ["TCCB", "tccb", true],
    ["staff of a sibling district", "hbtStaff", false],
    ["the head of a sibling district", "hbtHead", false],
    ["staff of another province", "daNangStaff", false],
    ["the head of another province", "daNangHead", false],
  ] as const)("%s: can open the task = %s", async (_label, who, visible) => {
    const actor = tree.people[who].actor;
    const attempt = getTaskOrThrow(actor, dongDaTask.id);
    if (visible) await expect(attempt).resolves.toMatchObject({ id: dongDaTask.id });
    else await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for a task that does not exist", async () => {
    await expect(getTaskOrThrow(tree.people.tccb.actor, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows the owner the overdue step in my work", async () => {
    const { groups } = await findMyWork(tree.people.dongDaStaff.actor, now);
    expect(groups.overdue.map((s) => s.task.id)).toContain(dongDaTask.id);
  });

  it("lists the task for the heads above it and not for a sibling's head", async () => {
    const ids = async (who: "dongDaHead" | "hanoiHead" | "hbtHead") =>
      (await findUnitOpenTasks(tree.people[who].actor, 1, now)).items.map((t) => t.id);
    expect(await ids("dongDaHead")).toContain(dongDaTask.id);
    expect(await ids("hanoiHead")).toContain(dongDaTask.id);
    expect(await ids("hbtHead")).not.toContain(dongDaTask.id);
  });

  it("gives TCCB every unit with counts computed in SQL, and refuses staff", async () => {
    const units = await findUnitsOverview(tree.people.tccb.actor, now);
    const dongDa = units.find((u) => u.id === tree.units.dongDa.id);
    expect(dongDa).toMatchObject({ openTasks: 1, openSteps: 1, overdueSteps: 1 });
    await expect(findUnitsOverview(tree.people.dongDaStaff.actor, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the scope filter in SQL lets through exactly the tasks canViewTask allows", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const taskIds: string[] = [];

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { units, people } = tree;
    const db = testDb.prisma;
    const later = new Date(now.getTime() + 10 * day);
    const task = async (leadUnitId: string, owners: { id: string; unitId: string }[]) => {
      const t = await createTask(db, {
        leadUnitId,
        assignerId: people.hanoiHead.id,
        steps: owners.map((owner) => ({ owner, deadline: later })),
      });
      taskIds.push(t.id);
      return t;
    };
    // Each task reaches the units and people in one way only, so that every rule is needed.
    await task(units.dongDa.id, [people.dongDaStaff]); // lead and step in Đống Đa
    await task(units.hanoi.id, [people.hanoiHead]); // the province's own task
    await task(units.daNang.id, [people.daNangStaff]); // another province
    await task(units.root.id, [people.tccb]); // the root's task
    const coordinated = await task(units.daNang.id, [people.daNangStaff]);
    await db.taskCoordinator.create({ data: { taskId: coordinated.id, unitId: units.haiBaTrung.id } }); // a coordinator only
    await task(units.daNang.id, [people.daNangStaff, people.hbtStaff]); // a step's unit only
    const consultedUnit = await task(units.daNang.id, [people.daNangStaff]);
    await createConsultation(db, {
      stepId: consultedUnit.steps[0].id,
      requesterId: people.daNangStaff.id,
      targetUnitId: units.dongDa.id,
      responseDeadline: later,
    });
    const consultedPerson = await task(units.daNang.id, [people.daNangStaff]);
    await createConsultation(db, {
      stepId: consultedPerson.steps[0].id,
      requesterId: people.daNangStaff.id,
      targetUserId: people.hbtStaff.id,
      responseDeadline: later,
    });
    // A step owned by someone whose unit is not the step's (they moved after it was assigned).
    await task(units.daNang.id, [{ id: people.dongDaStaff.id, unitId: units.daNang.id }]);
    // A task of Đà Nẵng with a step in Hà Nội itself: the province sees it, its districts do not.
    await task(units.daNang.id, [people.hanoiHead]);
  });

  async function reachOf(taskId: string): Promise<TTaskReach> {
    const t = await testDb.prisma.task.findUniqueOrThrow({
      where: { id: taskId },
      select: {
        leadUnit: { select: { path: true } },
        coordinators: { select: { unit: { select: { path: true } } } },
        steps: {
          select: {
            ownerId: true,
            unit: { select: { path: true } },
            consultations: { select: { targetUserId: true, targetUnit: { select: { path: true } } } },
          },
        },
      },
    });
    const consultations = t.steps.flatMap((s) => s.consultations);
    return {
      leadUnitPath: t.leadUnit.path,
      coordinatingUnitPaths: t.coordinators.map((c) => c.unit.path),
      stepUnitPaths: t.steps.map((s) => s.unit.path),
      stepOwnerIds: t.steps.map((s) => s.ownerId),
      consultedUserIds: consultations.flatMap((c) => (c.targetUserId ? [c.targetUserId] : [])),
      consultedUnitPaths: consultations.flatMap((c) => (c.targetUnit ? [c.targetUnit.path] : [])),
    };
  }

  it.each([
    "tccb",
    "hanoiHead",
    "dongDaHead",
    "dongDaStaff",
    "hbtHead",
    "hbtStaff",
    "daNangHead",
    "daNangStaff",
  ] as const)("for %s", async (who) => {
    const actor = tree.people[who].actor;
    const allowed: string[] = [];
    for (const id of taskIds) if (canViewTask(actor, await reachOf(id))) allowed.push(id);
    const found = await testDb.prisma.task.findMany({
      where: { AND: [{ id: { in: taskIds } }, taskScopeWhere(actor)] },
      select: { id: true },
    });
    expect(found.map((t) => t.id).sort()).toEqual(allowed.sort());
    expect(allowed.length).toBeGreaterThan(0);
  });
});
