import { beforeAll, describe, expect, it } from "vitest";
import type { TCreateInspection } from "../../../lib/schemas/inspection";
import { createInspection } from "../../../lib/server/inspections/create-inspection";
import { createInspectionPlan } from "../../../lib/server/inspections/create-inspection-plan";
import { getInspectionOrThrow } from "../../../lib/server/inspections/get-inspection-or-throw";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { createInspectionTree, type TInspectionTree } from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");

describe("plans and inspections: who may write what", () => {
  let tree: TInspectionTree;
  let input: TCreateInspection;

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    input = {
      kind: "SURPRISE",
      planId: null,
      inspectingUnitId: null,
      inspectedUnitId: tree.units.dongDa.id,
      periodFrom: "2026-01-01",
      periodTo: "2026-10-31",
      subject: "Kiểm tra công vụ",
      startsOn: "2026-11-20",
      endsOn: "2026-11-25",
      leadUserId: tree.people.lead.id,
      memberUserIds: [tree.people.member.id],
      checklistId: null,
    };
  });

  it("makes one plan per inspecting unit and year, and files a planned inspection in it", async () => {
    const { ttktHead, lead } = tree.people;
    const plan = await createInspectionPlan(
      ttktHead.actor,
      { inspectingUnitId: tree.units.ttkt.id, year: 2027, title: "Kế hoạch kiểm tra công vụ năm 2027" },
      now,
    );
    await expect(
      createInspectionPlan(lead.actor, { inspectingUnitId: tree.units.ttkt.id, year: 2027, title: "Lần hai" }, now),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const { id } = await createInspection(lead.actor, { ...input, kind: "PLANNED", planId: plan.id }, now);
    const seen = await getInspectionOrThrow(tree.people.dongDaStaff.actor, id, now);
    expect(seen).toMatchObject({
      kind: "PLANNED",
      plan: { id: plan.id, year: 2027 },
      inspectingUnit: { id: tree.units.ttkt.id },
    });
  });

  it("refuses a plan or an inspection from a unit the actor does not inspect for", async () => {
    const { lead, dongDaHead } = tree.people;
    await expect(
      createInspectionPlan(lead.actor, { inspectingUnitId: tree.units.hanoi.id, year: 2027, title: "Kế hoạch" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createInspection(dongDaHead.actor, { ...input, inspectingUnitId: tree.units.ttkt.id }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInspection(tree.people.dongDaStaff.actor, input, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a team with someone of the inspected unit, and an inspection of the inspecting unit itself", async () => {
    const { lead, dongDaStaff } = tree.people;
    await expect(
      createInspection(lead.actor, { ...input, memberUserIds: [dongDaStaff.id] }, now),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createInspection(lead.actor, { ...input, inspectedUnitId: tree.units.ttkt.id }, now),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("lets the lead change and start it, refuses a member, an outsider (404) and a second start", async () => {
    const { lead, member, otherInspector } = tree.people;
    const { id } = await createInspection(lead.actor, input, now);
    await expect(updateInspection(member.actor, id, { subject: "Khác" }, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateInspection(otherInspector.actor, id, { subject: "Khác" }, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateInspection(lead.actor, id, { endsOn: "2026-11-01" }, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await updateInspection(lead.actor, id, { memberUserIds: [member.id, otherInspector.id] }, now);
    await updateInspection(lead.actor, id, { status: "IN_PROGRESS" }, now);
    await expect(updateInspection(lead.actor, id, { status: "IN_PROGRESS" }, now)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const seen = await getInspectionOrThrow(otherInspector.actor, id, now);
    expect(seen).toMatchObject({ status: "IN_PROGRESS", startedAt: now, access: "inspecting" });
  });

  it("keeps kind and plan in step in the database itself", async () => {
    const { id } = await createInspection(tree.people.lead.actor, input, now);
    const plan = await testDb.prisma.inspectionPlan.create({
      data: { inspectingUnitId: tree.units.ttkt.id, year: 2031, title: "x", createdById: tree.people.lead.id },
    });
    await expect(testDb.prisma.inspection.update({ where: { id }, data: { planId: plan.id } })).rejects.toThrow();
  });
});
