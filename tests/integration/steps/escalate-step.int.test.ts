import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { escalateStep } from "../../../lib/server/steps/escalate-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Vượt thẩm quyền: cần ý kiến của BHXH thành phố về chính sách.";
type TStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";

describe("escalateStep", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  const newStep = async (
    status: TStatus = "IN_PROGRESS",
    owner: { id: string; unitId: string } = tree.people.dongDaStaff,
  ) => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: owner.unitId,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const escalationsOf = (stepId: string) => testDb.prisma.escalation.findMany({ where: { stepId } });
  const expectNothingWritten = async (stepId: string) => {
    expect(await escalationsOf(stepId)).toHaveLength(0);
    expect(await eventsOf(stepId)).toHaveLength(0);
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: stepId } })).version).toBe(0);
  };

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    colleague = await createUser(testDb.prisma, tree.units.dongDa);
  });

  it.each([
    ["the owner report a step they are working on", "IN_PROGRESS", () => tree.people.dongDaStaff],
    ["the head of the step's unit report a step not yet started", "TODO", () => tree.people.dongDaHead],
    ["the head of the step's unit report a returned step", "RETURNED", () => tree.people.dongDaHead],
  ] as const)("lets %s to the unit above, with one ESCALATED event", async (_label, status, who) => {
    const step = await newStep(status);
    const escalation = await escalateStep(who().actor, { stepId: step.id, expectedVersion: 0, reason }, now);
    expect(escalation).toMatchObject({
      kind: "MANUAL",
      taskId: step.taskId,
      stepId: step.id,
      fromUnitId: tree.units.dongDa.id,
      toUnitId: tree.units.hanoi.id,
      raisedById: who().id,
      reason,
      resolvedAt: null,
    });
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).version).toBe(1);
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "ESCALATED",
      actorId: who().id,
      reason,
      payload: { escalationId: escalation.id, toUnitId: tree.units.hanoi.id },
    });
  });

  it.each([
    ["a colleague who does not own the step", "FORBIDDEN", "IN_PROGRESS", 0, () => colleague.actor],
    ["the head of a sibling district", "NOT_FOUND", "IN_PROGRESS", 0, () => tree.people.hbtHead.actor],
    ["a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaStaff.actor],
    ["the owner's step not yet started", "INVALID_STATE", "TODO", 0, () => tree.people.dongDaStaff.actor],
    [
      "the owner's step waiting for the head's ruling",
      "INVALID_STATE",
      "RETURNED",
      0,
      () => tree.people.dongDaStaff.actor,
    ],
    ["a step not yet reached, even by the head", "INVALID_STATE", "PENDING", 0, () => tree.people.dongDaHead.actor],
    ["a stale version", "CONFLICT", "IN_PROGRESS", 1, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    await expect(escalateStep(who(), { stepId: step.id, expectedVersion, reason }, now)).rejects.toMatchObject({
      code,
    });
    await expectNothingWritten(step.id);
  });

  it("explains that a step of the top unit has nowhere to go", async () => {
    const step = await newStep("IN_PROGRESS", tree.people.tccb);
    await expect(
      escalateStep(tree.people.tccb.actor, { stepId: step.id, expectedVersion: 0, reason }, now),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("cấp cao nhất"),
    });
    await expectNothingWritten(step.id);
  });

  it("writes neither the escalation, the event nor the version bump when the escalation cannot be written", async () => {
    const step = await newStep();
    // A head whose user row is gone: the version bump passes, raisedById fails its foreign key (P2003).
    const ghost = { ...tree.people.dongDaHead.actor, id: randomUUID() };
    await expect(escalateStep(ghost, { stepId: step.id, expectedVersion: 0, reason }, now)).rejects.toMatchObject({
      code: "P2003",
    });
    await expectNothingWritten(step.id);
  });
});
