import { beforeAll, describe, expect, it } from "vitest";
import { returnStep } from "../../../lib/server/steps/return-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Việc này thuộc thẩm quyền của phòng Thu.";
type TStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";

describe("returnStep", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const newStep = async (status: TStatus = "IN_PROGRESS") => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("marks the step returned, keeps its owner on record, and writes one STEP_RETURNED event with the reason", async () => {
    const step = await newStep("TODO");
    const owner = tree.people.dongDaStaff;
    const updated = await returnStep(owner.actor, { stepId: step.id, expectedVersion: 0, reason }, now);
    expect(updated).toMatchObject({ status: "RETURNED", ownerId: owner.id, version: 1 });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "STEP_RETURNED",
      actorId: owner.id,
      taskId: step.taskId,
      reason,
      payload: { from: owner.id, fromUnitId: tree.units.dongDa.id },
    });
  });

  it.each([
    ["the head (only the owner returns)", "FORBIDDEN", "IN_PROGRESS", 0, () => tree.people.dongDaHead.actor],
    ["staff of a sibling district", "NOT_FOUND", "IN_PROGRESS", 0, () => tree.people.hbtStaff.actor],
    ["a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaStaff.actor],
    ["a step not yet reached", "INVALID_STATE", "PENDING", 0, () => tree.people.dongDaStaff.actor],
    ["a step already returned", "INVALID_STATE", "RETURNED", 0, () => tree.people.dongDaStaff.actor],
    ["a stale version", "CONFLICT", "IN_PROGRESS", 5, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    await expect(returnStep(who(), { stepId: step.id, expectedVersion, reason }, now)).rejects.toMatchObject({ code });
    expect(await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      status,
      version: 0,
    });
    expect(await eventsOf(step.id)).toHaveLength(0);
  });
});
