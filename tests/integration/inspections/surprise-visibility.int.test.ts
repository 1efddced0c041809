import { beforeAll, describe, expect, it } from "vitest";
import { inspectionAccess } from "../../../lib/domain/inspections/inspection-access";
import { createInspection } from "../../../lib/server/inspections/create-inspection";
import { findInspections } from "../../../lib/server/inspections/find-inspections";
import { getInspectionOrThrow } from "../../../lib/server/inspections/get-inspection-or-throw";
import { inspectionScopeWhere } from "../../../lib/server/inspections/inspection-scope";
import { inspectionSelect, reachOf } from "../../../lib/server/inspections/inspection-select";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { createInspectionTree, type TInspectionTree } from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const created = new Date("2026-11-16T02:00:00Z");
const started = new Date("2026-11-17T02:00:00Z");
const now = new Date("2026-11-18T03:00:00Z");
const concluded = new Date("2026-11-25T08:00:00Z");
const afterConclusion = new Date("2026-11-26T03:00:00Z");

type TWho = keyof TInspectionTree["people"];
// Every role the product has, on either side of the inspection: [who, before start, once started, once concluded].
const ROLES: ReadonlyArray<[string, TWho, boolean, boolean, boolean]> = [
  ["the team lead (inspector)", "lead", true, true, true],
  ["a team member (inspector)", "member", true, true, true],
  ["an inspector outside the team", "otherInspector", false, false, false],
  ["the inspecting unit's head", "ttktHead", true, true, true],
  ["TCCB", "tccb", true, true, true],
  ["an administrator", "admin", true, true, true],
  ["the inspected unit's head", "dongDaHead", false, true, true],
  ["the inspected unit's staff", "dongDaStaff", false, true, true],
  ["the head of the province above it", "hanoiHead", false, true, true],
  ["the head of a sibling district", "hbtHead", false, false, false],
  ["staff of a sibling district", "hbtStaff", false, false, false],
  ["the head of another province", "daNangHead", false, false, false],
  ["staff of another province", "daNangStaff", false, false, false],
];

describe("a surprise inspection's visibility, for every role, enforced by the server's scope", () => {
  let tree: TInspectionTree;
  let id: string;

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    const { lead, member } = tree.people;
    ({ id } = await createInspection(
      lead.actor,
      {
        kind: "SURPRISE",
        planId: null,
        inspectingUnitId: null,
        inspectedUnitId: tree.units.dongDa.id,
        periodFrom: "2026-01-01",
        periodTo: "2026-10-31",
        subject: "Tiếp công dân và giải quyết KNTC theo 1151/BHXH-TTKT",
        startsOn: "2026-11-17",
        endsOn: "2026-11-20",
        leadUserId: lead.id,
        memberUserIds: [member.id],
        checklistId: null,
      },
      created,
    ));
  });

  /** Whether the actor sees it: by id, in the list, and through the scope's SQL alone (no rule applied after). */
  async function sees(who: TWho, at: Date) {
    const actor = tree.people[who].actor;
    const byId = await getInspectionOrThrow(actor, id, at).then(
      () => true,
      (e: { code?: string }) => (e.code === "NOT_FOUND" ? false : Promise.reject(e)),
    );
    const listed = (await findInspections(actor, {}, at)).some((i) => i.id === id);
    const bySql =
      (await testDb.prisma.inspection.count({ where: { AND: [{ id }, inspectionScopeWhere(actor, at)] } })) > 0;
    return { byId, listed, bySql };
  }
  const all = (v: boolean) => ({ byId: v, listed: v, bySql: v });

  it.each(ROLES)("before it starts, %s sees it: %s", async (_label, who, expected) => {
    expect(await sees(who, now)).toEqual(all(expected));
  });

  describe("once the lead starts it", () => {
    beforeAll(async () => {
      await updateInspection(tree.people.lead.actor, id, { status: "IN_PROGRESS" }, started);
    });

    it.each(ROLES)("%s sees it: %s", async (_label, who, _before, expected) => {
      expect(await sees(who, now)).toEqual(all(expected));
    });

    it("is still hidden from the inspected unit at a moment before the recorded start", async () => {
      expect(await sees("dongDaStaff", created)).toEqual(all(false));
    });

    it("agrees, row for row, with the pure rule", async () => {
      const row = await testDb.prisma.inspection.findUniqueOrThrow({ where: { id }, select: inspectionSelect });
      for (const [, who] of ROLES) {
        const allowed = inspectionAccess(tree.people[who].actor, reachOf(row), now) !== "none";
        expect((await sees(who, now)).bySql, who).toBe(allowed);
      }
    });

    it("shows the inspected unit no conclusion before one is issued", async () => {
      const seen = await getInspectionOrThrow(tree.people.dongDaHead.actor, id, now);
      expect(seen).toMatchObject({ access: "inspected", conclusionVisible: false });
    });
  });

  describe("once concluded", () => {
    beforeAll(async () => {
      // The conclusion's issue sets these two columns (and writes its own records).
      await testDb.prisma.inspection.update({ where: { id }, data: { status: "CONCLUDED", concludedAt: concluded } });
    });

    it.each(ROLES)("%s sees it: %s", async (_label, who, _before, _started, expected) => {
      expect(await sees(who, afterConclusion)).toEqual(all(expected));
    });

    it("shows the inspected unit's head and staff the conclusion", async () => {
      for (const who of ["dongDaHead", "dongDaStaff"] as const) {
        const seen = await getInspectionOrThrow(tree.people[who].actor, id, afterConclusion);
        expect(seen).toMatchObject({ access: "inspected", conclusionVisible: true });
      }
    });
  });

  it("recorded the creation and the start in the audit trail", async () => {
    const events = await testDb.prisma.event.findMany({
      where: { payload: { path: ["inspectionId"], equals: id } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ["INSPECTION_CREATED", tree.people.lead.id],
      ["INSPECTION_UPDATED", tree.people.lead.id],
    ]);
    expect(events[1]?.payload).toMatchObject({ previousStatus: "PLANNED", status: "IN_PROGRESS" });
  });
});
