import { beforeAll, describe, expect, it, vi } from "vitest";
import { completeStep } from "../../../lib/server/steps/complete-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

// The audit trail fails on its last write (TASK_COMPLETED), after the step, the task and the
// STEP_COMPLETED event were written in the same transaction: all of them must be rolled back.
vi.mock("../../../lib/server/events/record-task-event", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../lib/server/events/record-task-event")>();
  return {
    recordTaskEvent: (
      tx: Parameters<typeof real.recordTaskEvent>[0],
      e: Parameters<typeof real.recordTaskEvent>[1],
    ) => {
      if (e.kind === "TASK_COMPLETED") throw new Error("audit trail unavailable");
      return real.recordTaskEvent(tx, e);
    },
  };
});

const now = new Date("2026-11-18T03:00:00Z");

describe("completeStep atomicity", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("leaves the step, the task and the audit trail untouched when the last event cannot be written", async () => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner: tree.people.dongDaStaff, deadline: new Date("2026-11-25T16:59:59.999Z"), status: "IN_PROGRESS" },
      ],
    });
    const step = task.steps[0];
    await expect(
      completeStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 0, result: "Đã xong." }, now),
    ).rejects.toThrow("audit trail unavailable");
    expect(await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      status: "IN_PROGRESS",
      version: 0,
      result: null,
      completedAt: null,
    });
    expect(await testDb.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "IN_PROGRESS",
      completedAt: null,
      result: null,
    });
    expect(await testDb.prisma.event.count({ where: { taskId: task.id } })).toBe(0);
  });
});
