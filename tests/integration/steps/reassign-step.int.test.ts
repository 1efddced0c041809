import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { reassignStep } from "../../../lib/server/steps/reassign-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Chuyển cho người phụ trách mảng thu.";
type TStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "DONE";

describe("reassignStep", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  let retired: Awaited<ReturnType<typeof createUser>>;
  const newStep = async (status: TStatus = "IN_PROGRESS") => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const stepRow = (id: string) => testDb.prisma.taskStep.findUniqueOrThrow({ where: { id } });
  const expectUnchanged = async (stepId: string, status: TStatus = "IN_PROGRESS") => {
    expect(await stepRow(stepId)).toMatchObject({
      ownerId: tree.people.dongDaStaff.id,
      unitId: tree.units.dongDa.id,
      status,
      version: 0,
    });
    expect(await eventsOf(stepId)).toHaveLength(0);
  };

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    colleague = await createUser(testDb.prisma, tree.units.dongDa);
    retired = await createUser(testDb.prisma, tree.units.dongDa, { isActive: false });
  });

  it("hands the step to a colleague as TODO and writes one STEP_REASSIGNED event with the reason", async () => {
    const step = await newStep("IN_PROGRESS");
    const head = tree.people.dongDaHead;
    const updated = await reassignStep(
      head.actor,
      { stepId: step.id, expectedVersion: 0, newOwnerId: colleague.id, reason },
      now,
    );
    expect(updated).toMatchObject({
      ownerId: colleague.id,
      unitId: tree.units.dongDa.id,
      status: "TODO",
      version: 1,
      lastActivityAt: now,
    });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "STEP_REASSIGNED",
      actorId: head.id,
      taskId: step.taskId,
      reason,
      payload: {
        from: tree.people.dongDaStaff.id,
        to: colleague.id,
        fromUnitId: tree.units.dongDa.id,
        toUnitId: tree.units.dongDa.id,
      },
    });
  });

  it("lets the province head move a district step to another district, the step following the new owner's unit", async () => {
    const step = await newStep("TODO");
    const updated = await reassignStep(
      tree.people.hanoiHead.actor,
      { stepId: step.id, expectedVersion: 0, newOwnerId: tree.people.hbtStaff.id, reason },
      now,
    );
    expect(updated).toMatchObject({
      ownerId: tree.people.hbtStaff.id,
      unitId: tree.units.haiBaTrung.id,
      status: "TODO",
    });
    expect((await eventsOf(step.id))[0].payload).toMatchObject({
      fromUnitId: tree.units.dongDa.id,
      toUnitId: tree.units.haiBaTrung.id,
    });
  });

  it("keeps a step not yet reached waiting", async () => {
    const step = await newStep("PENDING");
    const updated = await reassignStep(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, newOwnerId: colleague.id, reason },
      now,
    );
    expect(updated).toMatchObject({ ownerId: colleague.id, status: "PENDING", version: 1 });
  });

  it.each([
    ["staff (the owner)", "FORBIDDEN", "IN_PROGRESS", 0, () => tree.people.dongDaStaff.actor],
    ["the head of a sibling district", "NOT_FOUND", "IN_PROGRESS", 0, () => tree.people.hbtHead.actor],
    ["the head of another province", "NOT_FOUND", "IN_PROGRESS", 0, () => tree.people.daNangHead.actor],
    ["the TCCB monitor, who sees but does not assign", "FORBIDDEN", "IN_PROGRESS", 0, () => tree.people.tccb.actor],
    ["a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaHead.actor],
    ["a stale version", "CONFLICT", "IN_PROGRESS", 1, () => tree.people.dongDaHead.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    await expect(
      reassignStep(who(), { stepId: step.id, expectedVersion, newOwnerId: colleague.id, reason }, now),
    ).rejects.toMatchObject({ code });
    await expectUnchanged(step.id, status);
  });

  it.each([
    ["someone outside the head's unit", () => tree.people.hbtStaff.id],
    ["a user who has left", () => retired.id],
    ["an unknown id", () => randomUUID()],
    ["the current owner", () => tree.people.dongDaStaff.id],
  ])("refuses to hand the step to %s, pointing at the field", async (_label, newOwnerId) => {
    const step = await newStep();
    const attempt = reassignStep(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, newOwnerId: newOwnerId(), reason },
      now,
    );
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { newOwnerId: [expect.stringMatching(/\S/)] },
    });
    await expectUnchanged(step.id);
  });

  it("writes neither the step nor the event when the event cannot be written", async () => {
    const step = await newStep();
    // A head whose user row is gone: the step write passes, the event's actor foreign key fails (P2003).
    const ghost = { ...tree.people.dongDaHead.actor, id: randomUUID() };
    await expect(
      reassignStep(ghost, { stepId: step.id, expectedVersion: 0, newOwnerId: colleague.id, reason }, now),
    ).rejects.toMatchObject({ code: "P2003" });
    await expectUnchanged(step.id);
  });
});
