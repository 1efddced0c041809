import { beforeAll, describe, expect, it } from "vitest";
import { answerSignal } from "../../../lib/server/signals/answer-signal";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { createOverdueSignal, now, signalEventsOf, type TTree } from "./signal-fixtures";

const db = () => testDb.prisma;
const explanation = "Chờ số liệu đối chiếu của phòng Thu, đã nhắc bằng văn bản ngày 09/11/2026.";

describe("answerSignal", () => {
  let tree: TTree;
  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("records the subject's explanation, marks the signal ANSWERED and writes exactly one SIGNAL_ANSWERED event", async () => {
    const { task, step, signal } = await createOverdueSignal(tree);
    const staff = tree.people.dongDaStaff;
    const answer = await answerSignal(staff.actor, { signalId: signal.id, explanation }, now);
    expect(answer).toMatchObject({
      signalId: signal.id,
      authorId: staff.id,
      explanation,
      decision: "ANSWERED",
      createdAt: now,
    });
    expect(await db().signal.findUniqueOrThrow({ where: { id: signal.id } })).toMatchObject({
      answerStatus: "ANSWERED",
      countsAgainstPerson: true,
    });
    const events = await signalEventsOf(task.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "SIGNAL_ANSWERED",
      actorId: staff.id,
      at: now,
      taskId: task.id,
      stepId: step.id,
      payload: { signalId: signal.id, key: signal.key, kind: "OVERDUE_NO_EXTENSION" },
    });
  });

  it.each([
    ["the head of the unit, who sees the task", "FORBIDDEN", () => tree.people.dongDaHead.actor],
    ["a sector-wide monitor", "FORBIDDEN", () => tree.people.tccb.actor],
    ["staff of a sibling unit, who cannot see it", "NOT_FOUND", () => tree.people.hbtStaff.actor],
  ] as const)("refuses %s with %s and writes nothing", async (_label, code, who) => {
    const { task, signal } = await createOverdueSignal(tree);
    await expect(answerSignal(who(), { signalId: signal.id, explanation }, now)).rejects.toMatchObject({ code });
    expect(await signalEventsOf(task.id)).toHaveLength(0);
    expect(await db().signalAnswer.count({ where: { signalId: signal.id } })).toBe(0);
    expect((await db().signal.findUniqueOrThrow({ where: { id: signal.id } })).answerStatus).toBe("UNANSWERED");
  });

  it("refuses a new explanation once a head has accepted one (INVALID_STATE)", async () => {
    const { task, signal } = await createOverdueSignal(tree);
    await db().signal.update({
      where: { id: signal.id },
      data: { answerStatus: "ACCEPTED", countsAgainstPerson: false },
    });
    await expect(
      answerSignal(tree.people.dongDaStaff.actor, { signalId: signal.id, explanation }, now),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await signalEventsOf(task.id)).toHaveLength(0);
  });

  it("lets the person explain again after a refusal, keeping the earlier answers", async () => {
    const { task, signal } = await createOverdueSignal(tree);
    const staff = tree.people.dongDaStaff.actor;
    await answerSignal(staff, { signalId: signal.id, explanation }, now);
    await db().signal.update({ where: { id: signal.id }, data: { answerStatus: "REJECTED" } });
    await answerSignal(
      staff,
      { signalId: signal.id, explanation: `${explanation} Bổ sung: có công văn kèm theo.` },
      now,
    );
    expect(await db().signalAnswer.count({ where: { signalId: signal.id } })).toBe(2);
    expect((await db().signal.findUniqueOrThrow({ where: { id: signal.id } })).answerStatus).toBe("ANSWERED");
    expect(await signalEventsOf(task.id)).toHaveLength(2);
  });

  it("refuses an unknown signal with NOT_FOUND", async () => {
    await expect(
      answerSignal(
        tree.people.dongDaStaff.actor,
        { signalId: "00000000-0000-4000-8000-000000000000", explanation },
        now,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
