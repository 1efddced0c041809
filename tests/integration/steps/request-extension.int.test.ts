import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { requestExtension } from "../../../lib/server/steps/request-extension";
import { createExtensionRequest } from "../../factories/create-extension-request";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");
const deadline = endOfLocalDay("2026-11-25");
const reason = "Chờ số liệu đối chiếu của cơ quan thuế.";
type TStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";

describe("requestExtension", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const newStep = async (status: TStatus = "IN_PROGRESS", stepDeadline = deadline) => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: stepDeadline, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const requestsOf = (stepId: string) => testDb.prisma.extensionRequest.findMany({ where: { stepId } });
  // What a date field sends: the calendar day, read by z.coerce.date as UTC midnight.
  const day = (d: string) => d; // what a date field sends: yyyy-mm-dd

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("files a pending request to the end of the requested day, bumps the step and writes one EXTENSION_REQUESTED event", async () => {
    const step = await newStep();
    const owner = tree.people.dongDaStaff;
    const request = await requestExtension(
      owner.actor,
      { stepId: step.id, expectedVersion: 0, requestedDeadline: day("2026-12-02"), reason },
      now,
    );
    const requestedDeadline = endOfLocalDay("2026-12-02");
    expect(request).toMatchObject({
      status: "PENDING",
      requesterId: owner.id,
      previousDeadline: deadline,
      requestedDeadline,
      reason,
    });
    expect(await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      version: 1,
      deadline,
      lastActivityAt: now,
    });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "EXTENSION_REQUESTED",
      actorId: owner.id,
      taskId: step.taskId,
      reason,
      payload: {
        requestId: request.id,
        previousDeadline: deadline.toISOString(),
        requestedDeadline: requestedDeadline.toISOString(),
      },
    });
  });

  it("refuses a requested deadline that is not after the current one, pointing at the field", async () => {
    const step = await newStep();
    const attempt = requestExtension(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, requestedDeadline: day("2026-11-25"), reason },
      now,
    );
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { requestedDeadline: [expect.any(String)] },
    });
    expect(await requestsOf(step.id)).toHaveLength(0);
  });

  it("refuses a second request while one is waiting for a decision", async () => {
    const step = await newStep();
    await createExtensionRequest(testDb.prisma, {
      stepId: step.id,
      requesterId: tree.people.dongDaStaff.id,
      previousDeadline: deadline,
      requestedDeadline: endOfLocalDay("2026-11-30"),
    });
    const attempt = requestExtension(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, requestedDeadline: day("2026-12-02"), reason },
      now,
    );
    await expect(attempt).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await requestsOf(step.id)).toHaveLength(1);
    expect(await eventsOf(step.id)).toHaveLength(0);
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).version).toBe(0);
  });

  it.each([
    [
      "after the deadline",
      "INVALID_STATE",
      "IN_PROGRESS",
      endOfLocalDay("2026-11-17"),
      0,
      () => tree.people.dongDaStaff.actor,
    ],
    ["the head (only the owner asks)", "FORBIDDEN", "IN_PROGRESS", deadline, 0, () => tree.people.dongDaHead.actor],
    ["staff of another province", "NOT_FOUND", "IN_PROGRESS", deadline, 0, () => tree.people.daNangStaff.actor],
    ["a completed step", "INVALID_STATE", "DONE", deadline, 0, () => tree.people.dongDaStaff.actor],
    ["a stale version", "CONFLICT", "IN_PROGRESS", deadline, 3, () => tree.people.dongDaStaff.actor],
  ] as const)(
    "refuses a request %s and writes nothing",
    async (_label, code, status, stepDeadline, expectedVersion, who) => {
      const step = await newStep(status, stepDeadline);
      await expect(
        requestExtension(
          who(),
          { stepId: step.id, expectedVersion, requestedDeadline: day("2026-12-02"), reason },
          now,
        ),
      ).rejects.toMatchObject({ code });
      expect(await requestsOf(step.id)).toHaveLength(0);
      expect(await eventsOf(step.id)).toHaveLength(0);
    },
  );

  it("keeps exactly one of two simultaneous requests", async () => {
    const step = await newStep();
    const actor = tree.people.dongDaStaff.actor;
    const results = await Promise.allSettled([
      requestExtension(
        actor,
        { stepId: step.id, expectedVersion: 0, requestedDeadline: day("2026-12-01"), reason },
        now,
      ),
      requestExtension(
        actor,
        { stepId: step.id, expectedVersion: 0, requestedDeadline: day("2026-12-02"), reason },
        now,
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await requestsOf(step.id)).toHaveLength(1);
    expect(await eventsOf(step.id)).toHaveLength(1);
  });
});
