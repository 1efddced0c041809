import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { createInspectionAction } from "../../../lib/actions/inspections/create-inspection-action";
import { createInspectionPlanAction } from "../../../lib/actions/inspections/create-inspection-plan-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { findInspectionPlans } from "../../../lib/server/inspections/find-inspection-plans";
import { findInspections } from "../../../lib/server/inspections/find-inspections";
import {
  getCreatePlanOptions,
  getPlannedInspectionOptions,
} from "../../../lib/server/inspections/get-inspection-form-options";
import { createInspectionTree, type TInspectionTree } from "../../factories/create-inspection-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

// Wednesday 18/11/2026, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");

describe("the yearly plan and its planned inspections, opened from the pages' forms", () => {
  let tree: TInspectionTree;
  let planId: string;
  type TWho = keyof TInspectionTree["people"];
  const as = async (who: TWho) =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id: tree.people[who].id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );
  const createPlan = async (who: TWho, over: Record<string, unknown> = {}) =>
    executeAction(
      createInspectionPlanAction.definition,
      await as(who),
      { inspectingUnitId: tree.units.ttkt.id, year: 2027, title: `Kế hoạch kiểm tra công vụ ${unique()}`, ...over },
      now,
    );
  const planEvents = () =>
    testDb.prisma.event.count({
      where: { kind: "INSPECTION_PLAN_CREATED", payload: { path: ["inspectingUnitId"], equals: tree.units.ttkt.id } },
    });
  const addPlanned = async (who: TWho, over: Record<string, unknown> = {}) =>
    executeAction(
      createInspectionAction.definition,
      await as(who),
      {
        kind: "PLANNED",
        planId,
        inspectingUnitId: null,
        inspectedUnitId: tree.units.haiBaTrung.id,
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
        subject: `Kiểm tra theo kế hoạch ${unique()}`,
        startsOn: "2027-03-02",
        endsOn: "2027-03-06",
        leadUserId: tree.people.lead.id,
        memberUserIds: [tree.people.member.id],
        checklistId: null,
        ...over,
      },
      now,
    );

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
  });

  it("offers the plan's form to an inspector for their own unit only, and nothing to the inspected unit's staff", async () => {
    const options = await getCreatePlanOptions(await as("lead"), now);
    expect(options?.units.map((u) => u.id)).toEqual([tree.units.ttkt.id]);
    expect(options?.year).toBe(2026);
    expect(await getCreatePlanOptions(await as("dongDaStaff"), now)).toBeNull();
  });

  it("refuses a plan from someone who may not plan from the unit, and a year that is not one, writing no event", async () => {
    expect(await createPlan("dongDaStaff")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createPlan("daNangHead")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createPlan("lead", { year: Number.NaN })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { year: [expect.stringContaining("2000")] },
    });
    expect(await createPlan("lead", { year: "2027" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await planEvents()).toBe(0);
  });

  it("opens the inspector's plan with its event, and refuses a second plan for the same unit and year", async () => {
    const created = await createPlan("lead");
    expect(created).toMatchObject({ ok: true });
    planId = (created as { ok: true; data: { id: string } }).data.id;
    expect(await planEvents()).toBe(1);
    expect(await createPlan("ttktHead")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await planEvents()).toBe(1);
  });

  it("lists the plan for the unit's inspectors, its heads, TCCB and admins, and for nobody else", async () => {
    for (const who of ["lead", "otherInspector", "ttktHead", "tccb", "admin"] as const)
      expect((await findInspectionPlans(await as(who))).map((p) => p.id)).toContain(planId);
    for (const who of ["dongDaHead", "dongDaStaff", "hanoiHead", "hbtStaff"] as const)
      expect((await findInspectionPlans(await as(who))).map((p) => p.id)).not.toContain(planId);
    await expect(getPlannedInspectionOptions(await as("hbtHead"), planId, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("adds a planned inspection to the plan from its page's form, which offers the plan's unit's people", async () => {
    const options = await getPlannedInspectionOptions(await as("lead"), planId, now);
    expect(options.planId).toBe(planId);
    expect(options.inspectingUnitId).toBe(tree.units.ttkt.id);
    expect(options.people.map((p) => p.id)).toEqual(expect.arrayContaining([tree.people.lead.id]));
    expect(options.inspectedUnits.map((u) => u.id)).not.toContain(tree.units.ttkt.id);

    expect(await addPlanned("dongDaStaff")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addPlanned("lead", { planId: null })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { planId: expect.any(Array) },
    });
    const added = await addPlanned("lead");
    expect(added).toMatchObject({ ok: true });
    const id = (added as { ok: true; data: { id: string } }).data.id;
    const row = await testDb.prisma.inspection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "PLANNED", planId, inspectingUnitId: tree.units.ttkt.id });
    expect((await findInspections(await as("lead"), { planId }, now)).map((i) => i.id)).toEqual([id]);
    // Announced: the inspected unit sees a planned inspection before it starts.
    expect((await findInspections(await as("hbtStaff"), { planId }, now)).map((i) => i.id)).toEqual([id]);
    expect((await findInspectionPlans(await as("lead"))).find((p) => p.id === planId)?._count.inspections).toBe(1);
  });
});
