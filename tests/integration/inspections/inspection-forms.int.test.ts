import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { createInspectionAction } from "../../../lib/actions/inspections/create-inspection-action";
import { issueConclusionAction } from "../../../lib/actions/inspections/issue-conclusion-action";
import { startInspectionAction } from "../../../lib/actions/inspections/start-inspection-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import {
  getConclusionFormOptions,
  getCreateInspectionOptions,
} from "../../../lib/server/inspections/get-inspection-form-options";
import { findMyWork } from "../../../lib/server/work/find-my-work";
import { createInspectionTree, type TInspectionTree } from "../../factories/create-inspection-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "../tasks-create/fixtures";

// Wednesday 18/11/2026, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");

describe("the pages' forms: a surprise inspection opened and concluded through the server actions", () => {
  let tree: TInspectionTree;
  let templateId: string;
  let id: string;
  const as = async (who: keyof TInspectionTree["people"]) =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id: tree.people[who].id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );
  const create = async (who: keyof TInspectionTree["people"], over: Record<string, unknown> = {}) =>
    executeAction(
      createInspectionAction.definition,
      await as(who),
      {
        kind: "SURPRISE",
        planId: null,
        inspectingUnitId: tree.units.ttkt.id,
        inspectedUnitId: tree.units.dongDa.id,
        periodFrom: "2026-01-01",
        periodTo: "2026-10-31",
        subject: `Kiểm tra đột xuất ${unique()}`,
        startsOn: "2026-11-18",
        endsOn: "2026-11-20",
        leadUserId: tree.people.lead.id,
        memberUserIds: [tree.people.member.id],
        checklistId: null,
        ...over,
      },
      now,
    );
  const conclusionInput = (steps: unknown[]) => ({
    inspectionId: id,
    number: `${unique()}/KL-TTKT`,
    summary: "Đơn vị chưa cá thể hóa trách nhiệm ở khâu xử lý.",
    recommendations: [
      {
        title: `Khắc phục khâu xử lý quá hạn ${unique()}`,
        leadUnitId: tree.units.dongDa.id,
        deadline: "2026-11-23",
        templateId,
        steps,
      },
    ],
  });

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    templateId = (await createTemplateFixture(testDb.prisma, { steps: [{ kind: "HANDLE", days: 1 }] })).id;
  });

  it("offers the inspector their own unit's people and every other unit but theirs and those above it, and nothing to the inspected unit's staff", async () => {
    const options = await getCreateInspectionOptions(await as("lead"), now);
    expect(options?.inspectingUnitId).toBe(tree.units.ttkt.id);
    const unitIds = options!.inspectedUnits.map((u) => u.id);
    expect(unitIds).toContain(tree.units.dongDa.id);
    expect(unitIds).not.toContain(tree.units.ttkt.id);
    expect(unitIds).not.toContain(tree.units.root.id);
    const peopleIds = options!.people.map((p) => p.id);
    expect(peopleIds).toEqual(expect.arrayContaining([tree.people.lead.id, tree.people.member.id]));
    expect(peopleIds).not.toContain(tree.people.dongDaStaff.id);
    expect(await getCreateInspectionOptions(await as("dongDaStaff"), now)).toBeNull();
  });

  it("opens the inspection for the inspector, names the missing subject, and refuses the inspected unit's staff", async () => {
    expect(await create("lead", { subject: "" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { subject: expect.any(Array) },
    });
    expect(await create("dongDaStaff")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const created = await create("lead");
    expect(created).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    id = (created as { data: { id: string } }).data.id;
  });

  it("offers the conclusion form only to the lead of an inspection under way, with the inspected unit's units, people and templates", async () => {
    expect(await getConclusionFormOptions(await as("lead"), id, now)).toBeNull();
    expect(
      await executeAction(startInspectionAction.definition, await as("lead"), { inspectionId: id }, now),
    ).toMatchObject({ ok: true });
    expect(await getConclusionFormOptions(await as("member"), id, now)).toBeNull();
    const options = await getConclusionFormOptions(await as("lead"), id, now);
    expect(options!.leadUnits.map((u) => u.id)).toContain(tree.units.dongDa.id);
    expect(options!.leadUnits.map((u) => u.id)).not.toContain(tree.units.ttkt.id);
    expect(options!.people.map((p) => p.id)).toContain(tree.people.dongDaStaff.id);
    expect(options!.people.map((p) => p.id)).not.toContain(tree.people.lead.id);
    expect(options!.templates.find((t) => t.id === templateId)?.layout).toHaveLength(1);
  });

  it("refuses a step without an owner with the field named, then issues the conclusion and the staff member finds the step in their work", async () => {
    const actor = await as("lead");
    expect(
      await executeAction(issueConclusionAction.definition, actor, conclusionInput([{ deadline: "2026-11-20" }]), now),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { "recommendations.0.steps.0.ownerId": expect.any(Array) },
    });
    const issued = await executeAction(
      issueConclusionAction.definition,
      actor,
      conclusionInput([{ ownerId: tree.people.dongDaStaff.id, deadline: "2026-11-20" }]),
      now,
    );
    expect(issued).toMatchObject({ ok: true });
    const taskId = (issued as { data: { recommendations: { taskId: string }[] } }).data.recommendations[0]!.taskId;
    const work = await findMyWork(tree.people.dongDaStaff.actor, now);
    expect(
      Object.values(work.groups)
        .flat()
        .map((s) => s.task.id),
    ).toContain(taskId);
    expect(await getConclusionFormOptions(actor, id, now)).toBeNull();
  });
});
