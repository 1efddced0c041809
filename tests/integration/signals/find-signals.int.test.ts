import { beforeAll, describe, expect, it } from "vitest";
import { findSignals } from "../../../lib/server/signals/find-signals";
import { getSignalOrThrow } from "../../../lib/server/signals/get-signal-or-throw";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { createOverdueSignal, type TTree } from "./signal-fixtures";

describe("findSignals", () => {
  let tree: TTree;
  let signalId: string;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    signalId = (await createOverdueSignal(tree)).signal.id;
  });
  const ids = async (who: keyof TTree["people"], f: Partial<Parameters<typeof findSignals>[1]> = {}) =>
    (
      await findSignals(
        tree.people[who].actor,
        { status: "all", page: 1, personId: tree.people.dongDaStaff.id, ...f },
        new Date(),
      )
    ).items.map((s) => s.id);

  it.each([
    ["the person concerned", "dongDaStaff", true],
    ["the head of their unit", "dongDaHead", true],
    ["the head of the parent unit", "hanoiHead", true],
    ["the TCCB monitor", "tccb", true],
    ["the head of a sibling unit", "hbtHead", false],
    ["staff of a sibling unit", "hbtStaff", false],
  ] as const)("shows the signal to %s: %s", async (_label, who, visible) => {
    expect(await ids(who)).toEqual(visible ? [signalId] : []);
  });

  it("lists the subject, unit, task, kind label, evidence and what the viewer may do", async () => {
    const [item] = (await findSignals(tree.people.dongDaStaff.actor, { status: "open", page: 1 }, new Date())).items;
    expect(item).toMatchObject({
      id: signalId,
      kindLabel: "Quá hạn không xin gia hạn",
      subject: { id: tree.people.dongDaStaff.id, name: tree.people.dongDaStaff.name },
      unit: { id: tree.units.dongDa.id, name: tree.units.dongDa.name },
      answers: [],
      canAnswer: true,
      canReview: false,
    });
    expect(item.task.title).toMatch(/^Nhiệm vụ thử/);
  });

  it("pages after a signal in its order, since newest first then id (the API's keyset cursor)", async () => {
    const [item] = (await findSignals(tree.people.dongDaStaff.actor, { status: "all", page: 1 }, new Date())).items;
    const after = (since: Date, id: string) => ids("dongDaHead", { after: { since, id } });
    expect(await after(item.since, item.id)).toEqual([]);
    expect(await after(new Date(item.since.getTime() + 1), item.id)).toEqual([signalId]);
    expect(await after(item.since, "ffffffff-ffff-4fff-bfff-ffffffffffff")).toEqual([signalId]);
  });

  it("cannot be widened by a filter outside the actor's tree", async () => {
    expect(await ids("hbtHead", { unitId: tree.units.dongDa.id })).toEqual([]);
    expect(await ids("dongDaHead", { kind: "STALLED" })).toEqual([]);
    expect(await ids("dongDaHead", { status: "answered" })).toEqual([]);
  });

  it("gives one signal as the list shows it to whoever the list shows it to, and NOT_FOUND to anyone else", async () => {
    const now = new Date();
    const [listed] = (await findSignals(tree.people.dongDaHead.actor, { status: "all", page: 1 }, now)).items.filter(
      (s) => s.id === signalId,
    );
    expect(await getSignalOrThrow(tree.people.dongDaHead.actor, signalId, now)).toEqual(listed);
    await expect(getSignalOrThrow(tree.people.hbtHead.actor, signalId, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      getSignalOrThrow(tree.people.dongDaHead.actor, "ffffffff-ffff-4fff-bfff-ffffffffffff", now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
