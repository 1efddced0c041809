import { beforeAll, describe, expect, it } from "vitest";
import { completeStep } from "../../../lib/server/steps/complete-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const d = (day: number) => new Date(`2026-11-${day}T16:59:59.999Z`);
const result = "Đã ban hành Kế hoạch số 12/KH-BHXH.";

describe("completeStep", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const db = () => testDb.prisma;
  const threeSteps = () =>
    createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      status: "OPEN",
      steps: [
        { owner: tree.people.dongDaStaff, deadline: d(20), status: "IN_PROGRESS" },
        { owner: tree.people.dongDaHead, deadline: d(24), status: "PENDING" },
        { owner: tree.people.dongDaStaff, deadline: d(26), status: "PENDING" },
      ],
    });
  const lastStepOpen = () =>
    createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner: tree.people.dongDaHead, deadline: d(20), status: "DONE", completedAt: d(19) },
        { owner: tree.people.dongDaStaff, deadline: d(26), status: "IN_PROGRESS" },
      ],
    });
  const taskEvents = (taskId: string) => db().event.findMany({ where: { taskId }, orderBy: { seq: "asc" } });
  const stepsOf = (taskId: string) => db().taskStep.findMany({ where: { taskId }, orderBy: { order: "asc" } });

  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("completes the step, hands the next one to its owner and writes exactly one STEP_COMPLETED event", async () => {
    const task = await threeSteps();
    const updated = await completeStep(
      tree.people.dongDaStaff.actor,
      { stepId: task.steps[0].id, expectedVersion: 0, result },
      now,
    );
    expect(updated).toMatchObject({ status: "DONE", completedAt: now, result, version: 1 });
    const [, second, third] = await stepsOf(task.id);
    expect(second).toMatchObject({ status: "TODO", version: 1, lastActivityAt: now });
    expect(third).toMatchObject({ status: "PENDING", version: 0 });
    const events = await taskEvents(task.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "STEP_COMPLETED",
      actorId: tree.people.dongDaStaff.id,
      stepId: task.steps[0].id,
      payload: { result },
      reason: null,
    });
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "IN_PROGRESS",
      completedAt: null,
    });
  });

  it("completes the task with the last step, adding one TASK_COMPLETED event", async () => {
    const task = await lastStepOpen();
    const last = task.steps[1];
    await completeStep(tree.people.dongDaStaff.actor, { stepId: last.id, expectedVersion: 0, result }, now);
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "COMPLETED",
      completedAt: now,
      result,
    });
    const events = await taskEvents(task.id);
    expect(events.map((e) => e.kind)).toEqual(["STEP_COMPLETED", "TASK_COMPLETED"]);
    expect(events[1]).toMatchObject({
      actorId: tree.people.dongDaStaff.id,
      stepId: null,
      payload: { result, lastStepId: last.id },
    });
  });

  it.each([
    ["the head (nobody completes a step for its owner)", "FORBIDDEN", 0, () => tree.people.dongDaHead.actor],
    ["staff of a sibling district (cannot even see it)", "NOT_FOUND", 0, () => tree.people.hbtStaff.actor],
    ["the head of a sibling district", "NOT_FOUND", 0, () => tree.people.hbtHead.actor],
    ["a stale version", "CONFLICT", 4, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, expectedVersion, who) => {
    const task = await threeSteps();
    await expect(completeStep(who(), { stepId: task.steps[0].id, expectedVersion, result }, now)).rejects.toMatchObject(
      { code },
    );
    expect((await stepsOf(task.id)).map((s) => [s.status, s.version])).toEqual([
      ["IN_PROGRESS", 0],
      ["PENDING", 0],
      ["PENDING", 0],
    ]);
    expect(await taskEvents(task.id)).toHaveLength(0);
  });

  it("refuses to complete a step that is already done", async () => {
    const task = await lastStepOpen();
    const done = task.steps[0];
    await expect(
      completeStep(tree.people.dongDaHead.actor, { stepId: done.id, expectedVersion: 0, result }, now),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await taskEvents(task.id)).toHaveLength(0);
  });

  it("lets exactly one of two simultaneous completions through, losing nothing", async () => {
    const task = await lastStepOpen();
    const last = task.steps[1];
    const actor = tree.people.dongDaStaff.actor;
    const results = await Promise.allSettled([
      completeStep(actor, { stepId: last.id, expectedVersion: 0, result: "Kết quả của phiên thứ nhất." }, now),
      completeStep(actor, { stepId: last.id, expectedVersion: 0, result: "Kết quả của phiên thứ hai." }, now),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|INVALID_STATE/) });
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof completeStep>>>).value;
    expect(await db().taskStep.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
      status: "DONE",
      version: 1,
      result: winner.result,
    });
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "COMPLETED",
      result: winner.result,
    });
    const kinds = (await taskEvents(task.id)).map((e) => e.kind);
    expect(kinds).toEqual(["STEP_COMPLETED", "TASK_COMPLETED"]);
  });
});
