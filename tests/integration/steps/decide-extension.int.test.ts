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
  const newRequest = async (opts: { taskDeadline?: Date; requested?: Date; owner?: { id: string; unitId: string } } = {}) => {
    const owner = opts.owner ?? tree.people.dongDaStaff;
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      deadline: opts.taskDeadline,
      steps: [{ owner, deadline, status: "IN_PROGRESS" }],
    });
    const step = task.steps[0];
    const request = await createExtensionRequest(db(), { stepId: step.id, requesterId: owner.id, previousDeadline: deadline, requestedDeadline: opts.requested ?? endOfLocalDay("2026-12-02") });
    return { task, step, request };
  };
  const eventsOf = (stepId: string) => db().event.findMany({ where: { stepId } });
  const expectUndecided = async (stepId: string, requestId: string) => {
    expect(await db().taskStep.findUniqueOrThrow({ where: { id: stepId } })).toMatchObject({ deadline, version: 0 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "PENDING", decidedById: null });
    expect(await eventsOf(stepId)).toHaveLength(0);
  };

  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("approves: moves the step and task deadlines, keeps the originals, and writes one EXTENSION_APPROVED event", async () => {
    const { task, step, request } = await newRequest();
    const head = tree.people.dongDaHead;
    const newDeadline = endOfLocalDay("2026-12-02");
    const updated = await decideExtension(head.actor, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true, note }, now);
    expect(updated).toMatchObject({ deadline: newDeadline, originalDeadline: deadline, version: 1 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "APPROVED", decidedById: head.id, decidedAt: now, decisionNote: note });
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ deadline: newDeadline, originalDeadline: deadline });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "EXTENSION_APPROVED",
      actorId: head.id,
      reason: note,
      payload: { requestId: request.id, previousDeadline: deadline.toISOString(), newDeadline: newDeadline.toISOString() },
    });
  });

  it("approves to the end of the requested day even when the request holds another time of that day", async () => {
    const { step, request } = await newRequest({ requested: new Date("2026-12-02T00:00:00Z") });
    const updated = await decideExtension(tree.people.dongDaHead.actor, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now);
    expect(updated.deadline).toEqual(endOfLocalDay("2026-12-02"));
  });

  it("leaves the task's deadline alone when the new step deadline still falls within it", async () => {
    const taskDeadline = endOfLocalDay("2026-12-15");
    const { task, step, request } = await newRequest({ taskDeadline });
    await decideExtension(tree.people.dongDaHead.actor, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline).toEqual(taskDeadline);
  });

  it("rejects: the deadline stays, the request is refused, one EXTENSION_REJECTED event carries the note", async () => {
    const { task, step, request } = await newRequest();
    const updated = await decideExtension(tree.people.hanoiHead.actor, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: false, note }, now);
    expect(updated).toMatchObject({ deadline, version: 1 });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "REJECTED", decidedById: tree.people.hanoiHead.id });
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deadline).toEqual(deadline);
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "EXTENSION_REJECTED", reason: note, payload: { requestId: request.id, previousDeadline: deadline.toISOString() } });
    expect(events[0].payload).not.toHaveProperty("newDeadline");
  });

  it.each([
    ["staff (the owner)", "FORBIDDEN", 0, () => tree.people.dongDaStaff.actor],
    ["the head of a sibling district", "NOT_FOUND", 0, () => tree.people.hbtHead.actor],
    ["a stale version", "CONFLICT", 2, () => tree.people.dongDaHead.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, expectedVersion, who) => {
    const { step, request } = await newRequest();
    await expect(decideExtension(who(), { stepId: step.id, expectedVersion, requestId: request.id, approve: true }, now)).rejects.toMatchObject({ code });
    await expectUndecided(step.id, request.id);
  });

  it("refuses a request that was already decided, or that belongs to another step", async () => {
    const { step, request } = await newRequest();
    const head = tree.people.dongDaHead.actor;
    await db().extensionRequest.update({ where: { id: request.id }, data: { status: "REJECTED" } });
    await expect(decideExtension(head, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const other = await newRequest();
    await expect(decideExtension(head, { stepId: step.id, expectedVersion: 0, requestId: other.request.id, approve: true }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
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

  it("rolls the new deadline back when the second write fails", async () => {
    const { step, request } = await newRequest();
    // A head whose user row is gone: the step's deadline is written, then decidedById fails its foreign key (P2003).
    const ghost = { ...tree.people.dongDaHead.actor, id: randomUUID() };
    await expect(decideExtension(ghost, { stepId: step.id, expectedVersion: 0, requestId: request.id, approve: true }, now)).rejects.toMatchObject({ code: "P2003" });
    await expectUndecided(step.id, request.id);
  });
});
