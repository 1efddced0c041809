import { beforeAll, describe, expect, it } from "vitest";
import { ZReviewSignalAnswer } from "../../../lib/schemas/signal";
import { answerSignal } from "../../../lib/server/signals/answer-signal";
import { findSignals } from "../../../lib/server/signals/find-signals";
import { reviewSignalAnswer } from "../../../lib/server/signals/review-signal-answer";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { createOverdueSignal, now, signalEventsOf, type TTree } from "./signal-fixtures";

const db = () => testDb.prisma;
const explanation = "Hệ thống phần mềm nghiệp vụ dừng hoạt động ba ngày để nâng cấp theo kế hoạch của Ngành.";

describe("reviewSignalAnswer", () => {
  let tree: TTree;
  beforeAll(async () => {
    tree = await createUnitTree(db());
  });
  const answered = async () => {
    const made = await createOverdueSignal(tree);
    await answerSignal(tree.people.dongDaStaff.actor, { signalId: made.signal.id, explanation }, now);
    return made;
  };

  it("accepts an answer: the signal stops counting against the person but stays listed, with one SIGNAL_ANSWER_ACCEPTED event", async () => {
    const { task, signal } = await answered();
    const head = tree.people.hanoiHead; // head of the parent unit: its tree contains Đống Đa
    const note = "Nguyên nhân khách quan, đã xác minh với Trung tâm CNTT.";
    const reviewed = await reviewSignalAnswer(head.actor, { signalId: signal.id, accept: true, note }, now);
    expect(reviewed).toMatchObject({ answerStatus: "ACCEPTED", countsAgainstPerson: false });
    const [answer] = await db().signalAnswer.findMany({ where: { signalId: signal.id } });
    expect(answer).toMatchObject({ decision: "ACCEPTED", reviewedById: head.id, reviewedAt: now, reviewNote: note });
    const events = (await signalEventsOf(task.id)).filter((e) => e.kind !== "SIGNAL_ANSWERED");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "SIGNAL_ANSWER_ACCEPTED",
      actorId: head.id,
      reason: note,
      payload: { signalId: signal.id, key: signal.key, kind: signal.kind },
    });

    const staff = tree.people.dongDaStaff.actor;
    const all = await findSignals(staff, { status: "all", page: 1 }, now);
    expect(all.items.find((s) => s.id === signal.id)).toMatchObject({
      answerStatus: "ACCEPTED",
      countsAgainstPerson: false,
      canAnswer: false,
    });
    const open = await findSignals(staff, { status: "open", page: 1 }, now);
    expect(open.items.some((s) => s.id === signal.id)).toBe(false);
  });

  it("rejects an answer with its reason: the signal keeps counting, with one SIGNAL_ANSWER_REJECTED event", async () => {
    const { task, signal } = await answered();
    const head = tree.people.dongDaHead;
    const note = "Không có văn bản nào chứng minh đã đôn đốc phòng Thu.";
    const reviewed = await reviewSignalAnswer(head.actor, { signalId: signal.id, accept: false, note }, now);
    expect(reviewed).toMatchObject({ answerStatus: "REJECTED", countsAgainstPerson: true });
    const events = (await signalEventsOf(task.id)).filter((e) => e.kind !== "SIGNAL_ANSWERED");
    expect(events.map((e) => [e.kind, e.reason])).toEqual([["SIGNAL_ANSWER_REJECTED", note]]);
  });

  it.each([
    ["the head of a sibling unit", /FORBIDDEN|NOT_FOUND/, () => tree.people.hbtHead.actor],
    ["the head of another province", /FORBIDDEN|NOT_FOUND/, () => tree.people.daNangHead.actor],
    ["the person's colleague without a head role", /FORBIDDEN/, () => tree.people.dongDaStaff.actor],
    ["a sector-wide monitor, who is no head of the unit", /FORBIDDEN/, () => tree.people.tccb.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, who) => {
    const { task, signal } = await answered();
    await expect(reviewSignalAnswer(who(), { signalId: signal.id, accept: true }, now)).rejects.toMatchObject({
      code: expect.stringMatching(code),
    });
    expect((await signalEventsOf(task.id)).map((e) => e.kind)).toEqual(["SIGNAL_ANSWERED"]);
    expect(await db().signal.findUniqueOrThrow({ where: { id: signal.id } })).toMatchObject({
      answerStatus: "ANSWERED",
      countsAgainstPerson: true,
    });
  });

  it("refuses to review a signal with no pending answer (INVALID_STATE)", async () => {
    const { task, signal } = await createOverdueSignal(tree);
    await expect(
      reviewSignalAnswer(tree.people.dongDaHead.actor, { signalId: signal.id, accept: true }, now),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await signalEventsOf(task.id)).toHaveLength(0);
  });

  it("refuses a second ruling on the same answer (INVALID_STATE)", async () => {
    const { task, signal } = await answered();
    await reviewSignalAnswer(tree.people.dongDaHead.actor, { signalId: signal.id, accept: true }, now);
    await expect(
      reviewSignalAnswer(
        tree.people.hanoiHead.actor,
        { signalId: signal.id, accept: false, note: "Xem xét lại: chưa đủ căn cứ." },
        now,
      ),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await signalEventsOf(task.id)).toHaveLength(2);
  });

  it("requires a reason to reject, in Vietnamese, and reads only a JSON boolean", () => {
    const signalId = "6f1c2a0e-6a57-4a3e-9a55-0d6f1b2c3d4e";
    const r = ZReviewSignalAnswer.safeParse({ signalId, accept: false });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["note"],
      message: "Không chấp nhận giải trình thì phải nêu lý do (ít nhất 10 ký tự).",
    });
    expect(ZReviewSignalAnswer.parse({ signalId, accept: true }).accept).toBe(true);
    for (const accept of ["true", "false", "", 1])
      expect(ZReviewSignalAnswer.safeParse({ signalId, accept }).error?.issues[0].path).toEqual(["accept"]);
  });
});
