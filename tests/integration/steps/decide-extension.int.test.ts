import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { decideExtension } from "../../../lib/server/steps/decide-extension";
import { createExtensionRequest } from "../../factories/create-extension-request";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const deadline = endOfLocalDay("2026-11-25");
const note = "Đồng ý, đề nghị hoàn thành đúng hạn mới.";

describe("decideExtension", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const db = () => testDb.prisma;
  /** A one-step task (its deadline is the step's unless given) with a pending request from the owner. */
  const newRequest = async (
    opts: { taskDeadline?: Date; requested?: Date; owner?: { id: string; unitId: string } } = {},
  ) => {
    const owner = opts.owner ?? tree.people.dongDaStaff;
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      deadline: opts.taskDeadline,
      steps: [{ owner, deadline, status: "IN_PROGRESS" }],
    });
    const step = task.steps[0];
    const request = await createExtensionRequest(db(), {
      stepId: step.id,
      requesterId: owner.id,
      previousDeadline: deadline,
      requestedDeadline: opts.requested ?? endOfLocalDay("2026-12-02"),
    });
    return { task, step, request };
  };
  const eventsOf = (stepId: string) => db().event.findMany({ where: { stepId } });
  const expectUndecided = async (stepId: string, requestId: string) => {
    expect(await db().taskStep.findUniqueOrThrow({ where: { id: stepId } })).toMatchObject({ deadline, version: 0 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "PENDING",
      decidedById: null,
    });
    expect(await eventsOf(stepId)).toHaveLength(0);
  };

  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("approves: moves the step and task deadlines, keeps the originals, and writes one EXTENSION_APPROVED event", async () => {
    const { task, step, request } = await newRequest();
    const head = tree.people.dongDaHead;
    const newDeadline = endOfLocalDay("2026-12-02");
    const { step: updated, shiftedSteps } = await decideExtension(
      head.actor,
      { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true, note },
      now,
    );
    expect(shiftedSteps).toEqual([]);
    expect(updated).toMatchObject({ deadline: newDeadline, originalDeadline: deadline, version: 1 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: head.id,
      decidedAt: now,
      decisionNote: note,
    });
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      deadline: newDeadline,
      originalDeadline: deadline,
    });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "EXTENSION_APPROVED",
      actorId: head.id,
      reason: note,
      payload: {
        requestId: request.id,
        previousDeadline: deadline.toISOString(),
        newDeadline: newDeadline.toISOString(),
      },
    });
  });

  it("approves to the end of the requested day even when the request holds another time of that day", async () => {
    const { step, request } = await newRequest({ requested: new Date("2026-12-02T00:00:00Z") });
    const { step: updated } = await decideExtension(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true },
      now,
    );
    expect(updated.deadline).toEqual(endOfLocalDay("2026-12-02"));
  });

  it("leaves the task's deadline alone when the new step deadline still falls within it", async () => {
    const taskDeadline = endOfLocalDay("2026-12-15");
    const { task, step, request } = await newRequest({ taskDeadline });
    await decideExtension(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true },
      now,
    );
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline).toEqual(taskDeadline);
  });

  it("rejects: the deadline stays, the request is refused, one EXTENSION_REJECTED event carries the note", async () => {
    const { task, step, request } = await newRequest();
    const { step: updated } = await decideExtension(
      tree.people.hanoiHead.actor,
      { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: false, note },
      now,
    );
    expect(updated).toMatchObject({ deadline, version: 1 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "REJECTED",
      decidedById: tree.people.hanoiHead.id,
    });
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline).toEqual(deadline);
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "EXTENSION_REJECTED",
      reason: note,
      payload: { requestId: request.id, previousDeadline: deadline.toISOString() },
    });
    expect(events[0].payload).not.toHaveProperty("newDeadline");
  });

  it.each([
    ["staff (the owner)", "FORBIDDEN", 0, () => tree.people.dongDaStaff.actor],
    ["the head of a sibling district", "NOT_FOUND", 0, () => tree.people.hbtHead.actor],
    ["a stale version", "CONFLICT", 2, () => tree.people.dongDaHead.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, expectedVersion, who) => {
    const { step, request } = await newRequest();
    await expect(
      decideExtension(who(), { stepId: step.id, expectedVersion, requestId: request.id, approve: true }, now),
    ).rejects.toMatchObject({ code });
    await expectUndecided(step.id, request.id);
  });

  it("refuses a request that was already decided, or that belongs to another step", async () => {
    const { step, request } = await newRequest();
    const head = tree.people.dongDaHead.actor;
    await db().extensionRequest.update({ where: { id: request.id }, data: { status: "REJECTED" } });
    await expect(
      decideExtension(head, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    const other = await newRequest();
    await expect(
      decideExtension(head, { stepId: step.id, expectedVersion: 0, requestId: other.request.id, approve: true }, now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectUndecided(other.step.id, other.request.id);
  });

  it("does not let a head approve their own request, but the head above may", async () => {
    const { step, request } = await newRequest({ owner: tree.people.dongDaHead });
    const ref = { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true };
    await expect(decideExtension(tree.people.dongDaHead.actor, ref, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectUndecided(step.id, request.id);
    await decideExtension(tree.people.hanoiHead.actor, ref, now);
    expect((await db().extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("APPROVED");
  });

  /** The issue's case: steps 1–4 due 30/11, 03/12, 07/12, 10/12/2026; step 2's owner asks for 24/12. */
  const fourSteps = async (opts: { thirdDone?: boolean } = {}) => {
    const staff = tree.people.dongDaStaff;
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner: staff, deadline: endOfLocalDay("2026-11-30"), status: "DONE", completedAt: now },
        { owner: staff, deadline: endOfLocalDay("2026-12-03"), status: "IN_PROGRESS" },
        {
          owner: staff,
          deadline: endOfLocalDay("2026-12-07"),
          status: opts.thirdDone ? "DONE" : "PENDING",
          completedAt: opts.thirdDone ? now : undefined,
        },
        { owner: staff, deadline: endOfLocalDay("2026-12-10"), status: "PENDING" },
      ],
    });
    const [, step2, step3, step4] = task.steps;
    const request = await createExtensionRequest(db(), {
      stepId: step2.id,
      requesterId: staff.id,
      previousDeadline: step2.deadline,
      requestedDeadline: endOfLocalDay("2026-12-24"),
    });
    return { task, step2, step3, step4, request };
  };

  it("approves: moves later steps that would fall due first by the extension's 15 working days, with one event each, and the task after them", async () => {
    const { task, step2, step3, step4, request } = await fourSteps();
    const head = tree.people.dongDaHead;
    const { shiftedSteps } = await decideExtension(
      head.actor,
      { stepId: step2.id, expectedVersion: 0, requestId: request.id, approve: true },
      now,
    );
    const expected = [
      { id: step3.id, from: "2026-12-07", to: "2026-12-28" },
      { id: step4.id, from: "2026-12-10", to: "2026-12-31" },
    ];
    expect(
      shiftedSteps.map((s) => ({
        id: s.step.id,
        deadline: s.step.deadline,
        previousDeadline: s.previousDeadline,
        version: s.step.version,
      })),
    ).toEqual(
      expected.map((e) => ({
        id: e.id,
        deadline: endOfLocalDay(e.to),
        previousDeadline: endOfLocalDay(e.from),
        version: 1,
      })),
    );
    for (const e of expected) {
      expect(await db().taskStep.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
        deadline: endOfLocalDay(e.to),
        originalDeadline: endOfLocalDay(e.from),
      });
      const events = await eventsOf(e.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: "STEP_DEADLINE_SHIFTED",
        actorId: head.id,
        taskId: task.id,
        payload: {
          requestId: request.id,
          extendedStepId: step2.id,
          previousDeadline: endOfLocalDay(e.from).toISOString(),
          newDeadline: endOfLocalDay(e.to).toISOString(),
        },
      });
    }
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline).toEqual(
      endOfLocalDay("2026-12-31"),
    );
  });

  it("leaves a done later step alone and still moves the open one after it", async () => {
    const { step2, step3, step4, request } = await fourSteps({ thirdDone: true });
    const { shiftedSteps } = await decideExtension(
      tree.people.dongDaHead.actor,
      { stepId: step2.id, expectedVersion: 0, requestId: request.id, approve: true },
      now,
    );
    expect(shiftedSteps.map((s) => s.step.id)).toEqual([step4.id]);
    expect(await db().taskStep.findUniqueOrThrow({ where: { id: step3.id } })).toMatchObject({
      deadline: endOfLocalDay("2026-12-07"),
      version: 0,
    });
    expect(await eventsOf(step3.id)).toHaveLength(0);
  });

  it("moves no later step when the extension is refused", async () => {
    const { step2, step3, request } = await fourSteps();
    const { shiftedSteps } = await decideExtension(
      tree.people.dongDaHead.actor,
      { stepId: step2.id, expectedVersion: 0, requestId: request.id, approve: false, note },
      now,
    );
    expect(shiftedSteps).toEqual([]);
    expect(await db().taskStep.findUniqueOrThrow({ where: { id: step3.id } })).toMatchObject({
      deadline: endOfLocalDay("2026-12-07"),
      version: 0,
    });
  });

  it("rolls the new deadline back when the second write fails", async () => {
    const { step, request } = await newRequest();
    // A head whose user row is gone: the step's deadline is written, then decidedById fails its foreign key (P2003).
    const ghost = { ...tree.people.dongDaHead.actor, id: randomUUID() };
    await expect(
      decideExtension(ghost, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now),
    ).rejects.toMatchObject({ code: "P2003" });
    await expectUndecided(step.id, request.id);
  });
});
