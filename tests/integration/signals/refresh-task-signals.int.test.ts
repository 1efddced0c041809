import { beforeAll, describe, expect, it } from "vitest";
import { recordProgress } from "../../../lib/server/steps/record-progress";
import { reassignStep } from "../../../lib/server/steps/reassign-step";
import { refreshTaskSignals } from "../../../lib/server/signals/refresh-task-signals";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { futureDeadline, now, type TTree } from "./signal-fixtures";

const db = () => testDb.prisma;
const signalsOf = (taskId: string) => db().signal.findMany({ where: { taskId }, orderBy: { key: "asc" } });

describe("refreshTaskSignals", () => {
  let tree: TTree;
  let binh: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    tree = await createUnitTree(db());
    binh = await createUser(db(), tree.units.dongDa, { name: `Trần Văn Bình ${Date.now()}` });
  });

  const newTask = async (lastActivityAt: Date) => {
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: futureDeadline, status: "IN_PROGRESS" }],
    });
    await db().taskStep.update({ where: { id: task.steps[0].id }, data: { lastActivityAt } });
    return task;
  };

  it("persists a PING_PONG signal for a step bounced A→B→A, naming the people, and a second run changes nothing", async () => {
    const task = await newTask(now);
    const step = task.steps[0];
    const head = tree.people.dongDaHead;
    const reason = "Điều chỉnh phân công trong tổ nghiệp vụ.";
    await reassignStep(head.actor, { stepId: step.id, expectedVersion: 0, newOwnerId: binh.id, reason }, now);
    await reassignStep(
      head.actor,
      { stepId: step.id, expectedVersion: 1, newOwnerId: tree.people.dongDaStaff.id, reason },
      now,
    );

    await refreshTaskSignals(db(), [task.id], now);
    const [signal, ...others] = await signalsOf(task.id);
    expect(others).toHaveLength(0);
    expect(signal).toMatchObject({
      key: `PING_PONG:${step.id}:${head.id}`,
      kind: "PING_PONG",
      subjectUserId: head.id,
      unitId: tree.units.dongDa.id,
      directiveId: task.directiveId,
      stepId: step.id,
      detectedAt: now,
      resolvedAt: null,
      answerStatus: "UNANSWERED",
      countsAgainstPerson: true,
      metrics: { bounces: 1, totalBounces: 1, longestRun: 0 },
    });
    for (const name of [head.name, tree.people.dongDaStaff.name, binh.name]) expect(signal.explanation).toContain(name);
    const handovers = await db().event.findMany({ where: { stepId: step.id, kind: "STEP_REASSIGNED" } });
    expect(signal.evidenceEventIds.length).toBeGreaterThan(0);
    expect(handovers.map((e) => e.id)).toEqual(expect.arrayContaining(signal.evidenceEventIds));

    const again = await refreshTaskSignals(db(), [task.id], new Date(now.getTime() + 60_000));
    expect(again).toEqual({ created: 0, updated: 0, closed: 0 });
    expect(await signalsOf(task.id)).toEqual([signal]);
  });

  it("closes a STALLED signal in the same transaction as the owner's progress, keeping the row, and never touches its answer", async () => {
    const task = await newTask(new Date("2026-11-02T02:00:00Z"));
    const step = task.steps[0];
    await refreshTaskSignals(db(), [task.id], now);
    const stalled = await db().signal.findFirstOrThrow({ where: { taskId: task.id, kind: "STALLED" } });
    expect(stalled).toMatchObject({
      subjectUserId: tree.people.dongDaStaff.id,
      resolvedAt: null,
      metrics: { workingDaysIdle: { workingDaysSince: "2026-11-02T02:00:00.000Z" } },
    });
    expect(stalled.explanation).toContain("trong 12 ngày làm việc");
    await db().signal.update({ where: { id: stalled.id }, data: { answerStatus: "ANSWERED" } });

    // The write refreshes its task's signals itself (writeTaskChange); a later refresh has nothing left to do.
    await recordProgress(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, note: "Đã làm việc với phòng Thu." },
      now,
    );
    expect((await db().signal.findUniqueOrThrow({ where: { id: stalled.id } })).resolvedAt).toEqual(now);
    const result = await refreshTaskSignals(db(), [task.id], now);
    expect(result).toEqual({ created: 0, updated: 0, closed: 0 });
    const closed = await db().signal.findUniqueOrThrow({ where: { id: stalled.id } });
    expect(closed).toMatchObject({
      resolvedAt: now,
      answerStatus: "ANSWERED",
      countsAgainstPerson: true,
      explanation: stalled.explanation,
    });
  });

  it("reopens a closed signal whose condition holds again, and ignores ids of tasks that do not exist", async () => {
    const task = await newTask(new Date("2026-11-02T02:00:00Z"));
    await refreshTaskSignals(db(), [task.id], now);
    const stalled = await db().signal.findFirstOrThrow({ where: { taskId: task.id, kind: "STALLED" } });
    await db().signal.update({ where: { id: stalled.id }, data: { resolvedAt: now } });
    const result = await refreshTaskSignals(db(), [task.id, "00000000-0000-4000-8000-000000000000"], now);
    expect(result).toEqual({ created: 0, updated: 1, closed: 0 });
    expect((await db().signal.findUniqueOrThrow({ where: { id: stalled.id } })).resolvedAt).toBeNull();
  });

  it("works inside the caller's transaction", async () => {
    const task = await newTask(new Date("2026-11-02T02:00:00Z"));
    await db().$transaction((tx) => refreshTaskSignals(tx, [task.id], now));
    expect((await signalsOf(task.id)).map((s) => s.kind)).toEqual(["STALLED"]);
  });
});
