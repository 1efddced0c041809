import { beforeAll, describe, expect, it } from "vitest";
import { startStep } from "../../../lib/server/steps/start-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T10:00:00Z");

describe("startStep", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const newTask = () =>
    createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      status: "OPEN",
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status: "TODO" }],
    });
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("moves the step to in progress and writes exactly one STEP_STARTED event", async () => {
    const task = await newTask();
    const step = task.steps[0];
    const updated = await startStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 0 }, now);
    expect(updated).toMatchObject({ status: "IN_PROGRESS", version: 1 });
    expect(updated.startedAt).toEqual(now);
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "STEP_STARTED", actorId: tree.people.dongDaStaff.id, taskId: task.id });
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("IN_PROGRESS");
  });

  it.each([
    ["a colleague in the same unit", "FORBIDDEN", () => tree.people.dongDaHead.actor],
    ["staff of another unit (cannot even see it)", "NOT_FOUND", () => tree.people.hbtStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, who) => {
    const task = await newTask();
    const step = task.steps[0];
    await expect(startStep(who(), { stepId: step.id, expectedVersion: 0 }, now)).rejects.toMatchObject({ code });
    expect(await eventsOf(step.id)).toHaveLength(0);
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("TODO");
  });

  it("refuses to act on a step of a cancelled task", async () => {
    const task = await newTask();
    await testDb.prisma.task.update({ where: { id: task.id }, data: { status: "CANCELLED" } });
    await expect(
      startStep(tree.people.dongDaStaff.actor, { stepId: task.steps[0].id, expectedVersion: 0 }, now),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await eventsOf(task.steps[0].id)).toHaveLength(0);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const task = await newTask();
    const step = task.steps[0];
    await expect(
      startStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 3 }, now),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await eventsOf(step.id)).toHaveLength(0);
  });

  it("lets exactly one of two simultaneous starts through", async () => {
    const task = await newTask();
    const step = task.steps[0];
    const actor = tree.people.dongDaStaff.actor;
    const results = await Promise.allSettled([
      startStep(actor, { stepId: step.id, expectedVersion: 0 }, now),
      startStep(actor, { stepId: step.id, expectedVersion: 0 }, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|INVALID_STATE/) });
    expect(await eventsOf(step.id)).toHaveLength(1);
  });
});
