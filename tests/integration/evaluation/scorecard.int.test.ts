import { beforeAll, describe, expect, it } from "vitest";
import { getEvaluation } from "../../../lib/server/evaluation/get-evaluation";
import { createAcceptedExplanation } from "../../factories/create-accepted-explanation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

// Deadlines at the end of a day in Hà Nội (UTC+7).
const eod = (day: string) => new Date(`${day}T16:59:59.999Z`);
const noon = (day: string) => new Date(`${day}T05:00:00Z`);
const now = new Date("2026-12-07T03:00:00Z");

describe("a person's provisional scorecard", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let person: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    person = await createUser(testDb.prisma, tree.units.dongDa, { roles: ["STAFF"] });
    const owner = { id: person.id, unitId: person.unitId };
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner, deadline: eod("2026-11-10"), status: "DONE", completedAt: noon("2026-11-10") },
        { owner, deadline: eod("2026-11-12"), status: "DONE", completedAt: noon("2026-11-13") },
        { owner, deadline: eod("2026-11-16"), status: "DONE", completedAt: noon("2026-11-18") },
        { owner, deadline: eod("2026-11-25") },
        { owner, deadline: eod("2026-12-05") },
      ],
    });
    // The delay of the third step was explained and the explanation accepted as an objective cause.
    await createAcceptedExplanation(testDb.prisma, task, task.steps[2]);
  });

  it("scores the month's products: one on time, one late, one late but explained, one missed", async () => {
    const card = await getEvaluation(person.actor, person.id, "2026-11", now);
    expect(card.rows.map((r) => [r.product.completed, r.product.late, r.product.exemption])).toEqual([
      [true, false, null],
      [true, true, null],
      [true, true, "EXPLANATION_ACCEPTED"],
      [false, false, null],
    ]);
    const third = card.rows[2]!.source;
    expect(third.kind === "STEP" && third.explanationSignalId).toBeTruthy();
    // Quantity 3/4, quality 3/4, timeliness (1 + 0.75 + 1) / 4: 70 × (0.75 + 0.75 + 0.6875) / 3.
    expect(card.result.own).toMatchObject({ quantityPct: 75, qualityPct: 75, timelinessPct: 68.8, points: 51.04 });
    expect([card.result.total, card.result.grade]).toEqual([null, null]);
  });

  it("shows it to the person, their heads and TCCB, and to no one else", async () => {
    for (const reader of [tree.people.dongDaHead, tree.people.hanoiHead, tree.people.tccb]) {
      await expect(getEvaluation(reader.actor, person.id, "2026-11", now)).resolves.toBeTruthy();
    }
    for (const reader of [tree.people.dongDaStaff, tree.people.hbtHead, tree.people.daNangHead]) {
      await expect(getEvaluation(reader.actor, person.id, "2026-11", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getEvaluation(person.actor, person.id, "2026-13", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
