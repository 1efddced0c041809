import { beforeAll, describe, expect, it } from "vitest";
import { getDecisionFormOptions } from "../../../lib/server/decisions/get-decision-form-options";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-12-03T03:00:00Z");

describe("the 'Ghi quyết định' form's choices", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const signals: Record<string, string> = {};

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const person = tree.people.dongDaStaff;
    const task = await createTask(testDb.prisma, {
      leadUnitId: person.unitId,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: person, deadline: new Date("2026-11-10T16:59:59Z") }],
    });
    const signal = (name: string, since: string, countsAgainstPerson: boolean) =>
      testDb.prisma.signal.create({
        data: {
          key: unique("sig-"),
          kind: "STALLED",
          subjectUserId: person.id,
          unitId: person.unitId,
          taskId: task.id,
          directiveId: task.directiveId,
          since: new Date(since),
          detectedAt: new Date(since),
          explanation: name,
          countsAgainstPerson,
        },
      });
    signals.counting = (await signal("counting", "2026-11-12T03:00:00Z", true)).id;
    signals.accepted = (await signal("accepted", "2026-11-20T03:00:00Z", false)).id;
    signals.october = (await signal("october", "2026-10-20T03:00:00Z", true)).id;
  });

  it("offers the person's signals of the period, ticking for a review those that count against them", async () => {
    const o = await getDecisionFormOptions(
      tree.people.tccb.actor,
      tree.people.dongDaStaff.id,
      "2026-11",
      "REVIEW",
      now,
    );
    expect(o.signals.map((s) => s.id).sort()).toEqual([signals.counting, signals.accepted].sort());
    expect(o.checked.signalIds).toEqual([signals.counting]);
    expect(o.today).toBe("2026-12-03");
    const commendation = await getDecisionFormOptions(
      tree.people.dongDaHead.actor,
      tree.people.dongDaStaff.id,
      null,
      "COMMENDATION",
      now,
    );
    expect(commendation.signals).toHaveLength(3);
    expect(commendation.checked.signalIds).toEqual([]);
  });

  it("is not found for someone the actor may not decide about", async () => {
    const { dongDaStaff, daNangHead, hbtStaff } = tree.people;
    for (const [actor, person] of [
      [daNangHead.actor, dongDaStaff.id],
      [dongDaStaff.actor, hbtStaff.id],
      [tree.people.dongDaHead.actor, tree.people.dongDaHead.id],
    ] as const) {
      await expect(getDecisionFormOptions(actor, person, null, "REVIEW", now)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});
