import { beforeAll, describe, expect, it } from "vitest";
import { ZCorrection } from "../../../lib/schemas/evaluations";
import { approveEvaluation } from "../../../lib/server/evaluation/approve-evaluation";
import { assessEvaluation } from "../../../lib/server/evaluation/assess-evaluation";
import { correctEvaluation } from "../../../lib/server/evaluation/correct-evaluation";
import { getEvaluation } from "../../../lib/server/evaluation/get-evaluation";
import { addManualProduct, reviewManualProduct } from "../../../lib/server/evaluation/manual-products";
import { submitSelfAssessment } from "../../../lib/server/evaluation/submit-self-assessment";
import { createAcceptedExplanation } from "../../factories/create-accepted-explanation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { refusal } from "../../support/refusal";
import { testDb } from "../../support/use-test-db";

const eod = (day: string) => new Date(`${day}T16:59:59.999Z`);
const noon = (day: string) => new Date(`${day}T05:00:00Z`);
const now = new Date("2026-12-07T03:00:00Z");
/** The evaluation events about one person (other files write theirs into the same database at the same time). */
const countEvents = (userId: string) =>
  testDb.prisma.event.count({
    where: {
      payload: { path: ["userId"], equals: userId },
      kind: {
        in: [
          "EVALUATION_SELF_ASSESSED",
          "EVALUATION_ASSESSED",
          "EVALUATION_APPROVED",
          "EVALUATION_CORRECTED",
          "EVALUATION_PRODUCT_ADDED",
          "EVALUATION_PRODUCT_REVIEWED",
        ],
      },
    },
  });

describe("the assessment flow: self-assessment, the head's assessment, approval, lock, correction", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let person: Awaited<ReturnType<typeof createUser>>;
  let steps: Array<{ id: string }>;
  let signalId: string;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    person = await createUser(testDb.prisma, tree.units.dongDa, { roles: ["STAFF"] });
    const owner = { id: person.id, unitId: person.unitId };
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner, deadline: eod("2026-11-10"), status: "DONE", completedAt: noon("2026-11-10") },
        { owner, deadline: eod("2026-11-16"), status: "DONE", completedAt: noon("2026-11-18") },
      ],
    });
    steps = task.steps;
    signalId = (await createAcceptedExplanation(testDb.prisma, task, task.steps[1])).id;
  });

  it("refuses what does not fit, and writes nothing for it", async () => {
    const before = await countEvents(person.id);
    const head = tree.people.dongDaHead.actor;
    const cases = [
      // a mark out of range, and points typed above the scheme's
      () => assessEvaluation(head, person.id, "2026-11", { generalPoints: 31, marks: {}, note: "" }, now),
      // someone who may read but not assess: the person, TCCB
      () => assessEvaluation(person.actor, person.id, "2026-11", { generalPoints: 20, marks: {}, note: "" }, now),
      () =>
        assessEvaluation(tree.people.tccb.actor, person.id, "2026-11", { generalPoints: 20, marks: {}, note: "" }, now),
      // a head outside the person's tree does not even see them
      () =>
        assessEvaluation(
          tree.people.hbtHead.actor,
          person.id,
          "2026-11",
          { generalPoints: 20, marks: {}, note: "" },
          now,
        ),
      // a mark on something that is not a product of the period
      () =>
        assessEvaluation(
          head,
          person.id,
          "2026-11",
          { generalPoints: 20, marks: { [tree.units.root.id]: { meetsQuality: true, majorErrors: [] } }, note: "" },
          now,
        ),
      // a self-assessment by someone else, a quarter under a monthly scheme, approval before assessment
      () => submitSelfAssessment(head, person.id, "2026-11", { summary: "x", generalPoints: 28 }, now),
      () => submitSelfAssessment(person.actor, person.id, "2026-Q4", { summary: "x", generalPoints: 28 }, now),
      () => approveEvaluation(head, person.id, "2026-11", "", now),
    ];
    const codes = [];
    for (const attempt of cases) codes.push((await refusal(attempt())).code);
    expect(codes).toEqual([
      "INVALID_INPUT",
      "FORBIDDEN",
      "FORBIDDEN",
      "NOT_FOUND",
      "INVALID_INPUT",
      "FORBIDDEN",
      "INVALID_INPUT",
      "INVALID_STATE",
    ]);
    expect(await countEvents(person.id)).toBe(before);
    expect(await testDb.prisma.evaluation.count({ where: { userId: person.id } })).toBe(0);
  });

  it("scores the head's marks and grades the total once the general criteria are in", async () => {
    await submitSelfAssessment(
      person.actor,
      person.id,
      "2026-11",
      { summary: "Hoàn thành 2 khâu", generalPoints: 28 },
      now,
    );
    const head = tree.people.dongDaHead.actor;
    const marks = {
      [steps[0]!.id]: { meetsQuality: true, majorErrors: [{ reason: "Sai số liệu", objectiveCause: null }] },
    };
    await assessEvaluation(head, person.id, "2026-11", { generalPoints: 27, marks, note: "Tốt" }, now);
    const view = await getEvaluation(head, person.id, "2026-11", now);
    // Quantity 1, quality (0.75 + 1)/2, timeliness 1 (the delay is exempt): 70 × (1 + 0.875 + 1)/3 = 67.08.
    expect(view.result.taskPoints).toBe(67.08);
    expect([view.result.total, view.result.grade]).toEqual([94.08, "EXCELLENT"]);
    expect(view.evaluation?.status).toBe("ASSESSED");
    expect(view.may).toMatchObject({ approve: true, assess: true, selfAssess: false });
  });

  it("shows a revoked exemption in the score before the lock", async () => {
    await testDb.prisma.signal.update({ where: { id: signalId }, data: { answerStatus: "REJECTED" } });
    const view = await getEvaluation(tree.people.dongDaHead.actor, person.id, "2026-11", now);
    // timeliness (1 + 0.75)/2: 70 × (1 + 0.875 + 0.875)/3 = 64.17
    expect(view.result.taskPoints).toBe(64.17);
    expect(view.rows[1]!.score.deductions).toEqual([{ kind: "LATE", part: 0.25, exempt: false }]);
    await testDb.prisma.signal.update({ where: { id: signalId }, data: { answerStatus: "ACCEPTED" } });
  });

  it("counts a product added by hand once the head confirms it", async () => {
    const product = await addManualProduct(
      person.actor,
      person.id,
      "2026-11",
      {
        description: "Báo cáo chuyên đề",
        evidenceUrl: "https://vb.example/123",
        evidenceNote: null,
        weight: 2,
        completedOn: "2026-11-20",
      },
      now,
    );
    const outside = await refusal(
      addManualProduct(
        person.actor,
        person.id,
        "2026-11",
        { description: "x", evidenceUrl: null, evidenceNote: "Số 1/BC", weight: 1, completedOn: "2026-12-01" },
        now,
      ),
    );
    expect(outside.code).toBe("INVALID_INPUT");
    const before = await getEvaluation(person.actor, person.id, "2026-11", now);
    expect(before.rows).toHaveLength(2);
    await reviewManualProduct(tree.people.dongDaHead.actor, product.id, { confirmed: true, note: "" }, now);
    const after = await getEvaluation(person.actor, person.id, "2026-11", now);
    expect(after.rows.map((r) => r.source.kind)).toEqual(["STEP", "STEP", "MANUAL"]);
    const again = await refusal(
      reviewManualProduct(tree.people.dongDaHead.actor, product.id, { confirmed: false, note: "" }, now),
    );
    expect(again.code).toBe("CONFLICT");
  });

  it("locks the period at approval: approving twice, editing and late changes are refused or do not reach it", async () => {
    const head = tree.people.dongDaHead.actor;
    await assessEvaluation(head, person.id, "2026-11", { generalPoints: 27, marks: {}, note: "" }, now);
    const approved = await approveEvaluation(head, person.id, "2026-11", "", now);
    expect(approved.status).toBe("APPROVED");
    const before = await countEvents(person.id);
    const twice = await refusal(approveEvaluation(head, person.id, "2026-11", "", now));
    const edit = await refusal(
      assessEvaluation(head, person.id, "2026-11", { generalPoints: 10, marks: {}, note: "" }, now),
    );
    const self = await refusal(
      submitSelfAssessment(person.actor, person.id, "2026-11", { summary: "x", generalPoints: 1 }, now),
    );
    expect([twice.code, edit.code, self.code]).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await countEvents(person.id)).toBe(before);
    // A change in the tracker after the lock does not reach the locked result.
    await testDb.prisma.signal.update({ where: { id: signalId }, data: { answerStatus: "REJECTED" } });
    const locked = await getEvaluation(head, person.id, "2026-11", now);
    expect(locked.locked).toBe(true);
    expect(locked.result.total).toBe(approved.total);
  });

  it("corrects a locked result only with a reason, as a visible event", async () => {
    const head = tree.people.dongDaHead.actor;
    expect(ZCorrection.safeParse({ generalPoints: 20, marks: {}, reason: "" }).success).toBe(false);
    await correctEvaluation(
      head,
      person.id,
      "2026-11",
      { generalPoints: 25, marks: {}, reason: "Sai sót khi nhập điểm" },
      now,
    );
    const view = await getEvaluation(person.actor, person.id, "2026-11", now);
    expect(view.corrections).toHaveLength(1);
    expect(view.corrections[0]!.reason).toBe("Sai sót khi nhập điểm");
    expect(view.result.generalPoints).toBe(25);
  });

  it("refuses approval while the period is still running", async () => {
    const attempt = await refusal(
      assessEvaluation(
        tree.people.dongDaHead.actor,
        person.id,
        "2026-12",
        { generalPoints: 25, marks: {}, note: "" },
        now,
      ).then(() => approveEvaluation(tree.people.dongDaHead.actor, person.id, "2026-12", "", now)),
    );
    expect(attempt.code).toBe("INVALID_STATE");
  });
});
