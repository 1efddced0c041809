import { beforeAll, describe, expect, it } from "vitest";
import { recordProgress } from "../../../lib/server/steps/record-progress";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T10:00:00Z");
const note = "Đã tổng hợp số liệu 3 quận.";

describe("recordProgress", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const newStep = async (status: "TODO" | "IN_PROGRESS" | "DONE" | "PENDING" = "TODO") => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      status: "OPEN",
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const stepRow = (id: string) => testDb.prisma.taskStep.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("starts a waiting step, records the note as one STEP_PROGRESS event and puts the task in progress", async () => {
    const step = await newStep("TODO");
    const updated = await recordProgress(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, note },
      now,
    );
    expect(updated).toMatchObject({ status: "IN_PROGRESS", version: 1, startedAt: now, lastActivityAt: now });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "STEP_PROGRESS",
      actorId: tree.people.dongDaStaff.id,
      taskId: step.taskId,
      payload: { note },
      reason: null,
      at: now,
    });
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id: step.taskId } })).status).toBe("IN_PROGRESS");
  });

  it("keeps a step in progress as it is, only touching its last activity", async () => {
    const step = await newStep("IN_PROGRESS");
    const updated = await recordProgress(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, note },
      now,
    );
    expect(updated).toMatchObject({ status: "IN_PROGRESS", version: 1, startedAt: null, lastActivityAt: now });
    expect(await eventsOf(step.id)).toHaveLength(1);
  });

  it.each([
    ["the head (only the owner reports progress)", "FORBIDDEN", "TODO", 0, () => tree.people.dongDaHead.actor],
    ["staff of a sibling district (cannot even see it)", "NOT_FOUND", "TODO", 0, () => tree.people.hbtStaff.actor],
    ["progress on a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaStaff.actor],
    ["progress on a step not yet reached", "INVALID_STATE", "PENDING", 0, () => tree.people.dongDaStaff.actor],
    ["a stale version", "CONFLICT", "TODO", 2, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    await expect(recordProgress(who(), { stepId: step.id, expectedVersion, note }, now)).rejects.toMatchObject({
      code,
    });
    expect(await eventsOf(step.id)).toHaveLength(0);
    expect(await stepRow(step.id)).toMatchObject({ status, version: 0 });
  });
});
