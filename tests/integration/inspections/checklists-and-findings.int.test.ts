import { beforeAll, describe, expect, it } from "vitest";
import { saveChecklist } from "../../../lib/server/checklists/save-checklist";
import { findChecklists } from "../../../lib/server/checklists/find-checklists";
import { addFinding } from "../../../lib/server/inspections/add-finding";
import { answerChecklistItem } from "../../../lib/server/inspections/answer-checklist-item";
import { getInspectionDetails } from "../../../lib/server/inspections/get-inspection-details";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { createTask } from "../../factories/create-task";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const day = 24 * 3600 * 1000;
const items = [
  { text: "Mỗi khâu có một người chịu trách nhiệm", citation: "1251/BHXH-TCCB, điểm 2a" },
  { text: "Trả lời xin ý kiến đúng hạn", citation: "3476/BHXH-TCCB" },
];

describe("checklists: admins and TCCB edit them, nobody else", () => {
  let tree: TInspectionTree;
  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
  });

  it.each([
    ["an administrator", "admin", true],
    ["TCCB", "tccb", true],
    ["an inspector", "lead", false],
    ["the inspecting unit's head", "ttktHead", false],
    ["a unit head", "dongDaHead", false],
  ] as const)("%s may create one: %s", async (_label, who, allowed) => {
    const attempt = saveChecklist(
      tree.people[who].actor,
      null,
      { title: `Danh mục ${who}`, description: "", items },
      now,
    );
    if (allowed) await expect(attempt).resolves.toMatchObject({ id: expect.any(String) });
    else await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("edits an item in place, adds one, archives the one left out, and records what it did", async () => {
    const { admin } = tree.people;
    const { id } = await saveChecklist(admin.actor, null, { title: "Sửa thử", description: "", items }, now);
    const before = (await findChecklists()).find((c) => c.id === id)!;
    const [first, second] = before.items;
    await saveChecklist(
      admin.actor,
      id,
      {
        title: "Sửa thử",
        description: "",
        items: [
          { id: second!.id, ...items[1]! },
          { text: "Mục mới", citation: "2165/CT-BHXH" },
        ],
      },
      now,
    );
    const after = (await findChecklists()).find((c) => c.id === id)!;
    expect(after.items.map((i) => i.text)).toEqual(["Trả lời xin ý kiến đúng hạn", "Mục mới"]);
    const event = await testDb.prisma.event.findFirst({
      where: {
        kind: "CHECKLIST_CHANGED",
        payload: { path: ["op"], equals: "UPDATED" },
        AND: { payload: { path: ["checklistId"], equals: id } },
      },
    });
    expect(event?.payload).toMatchObject({ itemsEdited: [second!.id], itemsArchived: [first!.id] });
  });
});

describe("answers and findings: the team records them, with evidence from the inspected unit only", () => {
  let tree: TInspectionTree;
  let id: string;
  let checklistId: string;
  let itemIds: string[];
  const ev: Record<string, string> = {};

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    const { admin, lead, dongDaHead, dongDaStaff, hbtHead, hbtStaff } = tree.people;
    ({ id: checklistId } = await saveChecklist(
      admin.actor,
      null,
      { title: "Danh mục đoàn", description: "", items },
      now,
    ));
    itemIds = (await findChecklists()).find((c) => c.id === checklistId)!.items.map((i) => i.id);
    const task = (unitId: string, head: { id: string }, owner: { id: string; unitId: string }) =>
      createTask(testDb.prisma, {
        leadUnitId: unitId,
        assignerId: head.id,
        steps: [{ owner, deadline: new Date(now.getTime() - day) }],
      });
    const dd = await task(tree.units.dongDa.id, dongDaHead, dongDaStaff);
    const hbt = await task(tree.units.haiBaTrung.id, hbtHead, hbtStaff);
    const stepOf = async (taskId: string) => (await testDb.prisma.taskStep.findFirstOrThrow({ where: { taskId } })).id;
    const signalOf = async (t: typeof dd, unitId: string) =>
      (
        await testDb.prisma.signal.create({
          data: {
            key: `test-${t.id}`,
            kind: "OVERDUE_NO_EXTENSION",
            unitId,
            taskId: t.id,
            directiveId: t.directiveId,
            since: now,
            explanation: "Quá hạn",
            detectedAt: now,
          },
        })
      ).id;
    const eventOf = async (taskId: string) =>
      (
        await testDb.prisma.event.create({
          data: { kind: "STEP_STARTED", taskId, actorId: lead.id, at: now, payload: {} },
        })
      ).id;
    Object.assign(ev, {
      ddTask: dd.id,
      ddStep: await stepOf(dd.id),
      ddSignal: await signalOf(dd, tree.units.dongDa.id),
      ddEvent: await eventOf(dd.id),
      hbtTask: hbt.id,
      hbtStep: await stepOf(hbt.id),
      hbtSignal: await signalOf(hbt, tree.units.haiBaTrung.id),
      hbtEvent: await eventOf(hbt.id),
    });
    ({ id } = await createSurpriseInspection(tree, now, { checklistId }));
  });

  it("refuses answers and findings before the inspection starts", async () => {
    await expect(
      answerChecklistItem(tree.people.member.actor, id, { itemId: itemIds[0]!, result: "MET", note: "" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addFinding(tree.people.member.actor, id, { severity: "MINOR", description: "x", links: [] }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  describe("once started", () => {
    beforeAll(async () => {
      await updateInspection(tree.people.lead.actor, id, { status: "IN_PROGRESS" }, now);
    });

    it("records a member's answer, and a later answer replaces it", async () => {
      const { member, lead } = tree.people;
      await answerChecklistItem(
        member.actor,
        id,
        { itemId: itemIds[0]!, result: "NOT_MET", note: "Khâu 2 không có người" },
        now,
      );
      await answerChecklistItem(lead.actor, id, { itemId: itemIds[1]!, result: "NOT_APPLICABLE", note: "" }, now);
      await answerChecklistItem(lead.actor, id, { itemId: itemIds[1]!, result: "MET", note: "Đã xem lại" }, now);
      const details = await getInspectionDetails(lead.actor, id, now);
      expect(details.checklist?.items.map((i) => i.answers.map((a) => [a.result, a.note]))).toEqual([
        [["NOT_MET", "Khâu 2 không có người"]],
        [["MET", "Đã xem lại"]],
      ]);
    });

    it("refuses an item of another checklist, and answers from outside the team", async () => {
      const other = (await findChecklists()).find((c) => c.id !== checklistId)!;
      await expect(
        answerChecklistItem(tree.people.lead.actor, id, { itemId: other.items[0]!.id, result: "MET", note: "" }, now),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(
        answerChecklistItem(tree.people.tccb.actor, id, { itemId: itemIds[0]!, result: "MET", note: "" }, now),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        answerChecklistItem(
          tree.people.otherInspector.actor,
          id,
          { itemId: itemIds[0]!, result: "MET", note: "" },
          now,
        ),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("records a finding resting on the inspected unit's task, step, signal, event and person", async () => {
      const links = [
        { kind: "task", id: ev.ddTask! },
        { kind: "step", id: ev.ddStep! },
        { kind: "signal", id: ev.ddSignal! },
        { kind: "event", id: ev.ddEvent! },
        { kind: "user", id: tree.people.dongDaStaff.id },
      ] as const;
      const { id: findingId } = await addFinding(
        tree.people.member.actor,
        id,
        { severity: "SERIOUS", description: "Khâu xử lý quá hạn không xin gia hạn", links: [...links] },
        now,
      );
      const details = await getInspectionDetails(tree.people.lead.actor, id, now);
      const finding = details.findings.find((f) => f.id === findingId)!;
      expect(finding.links).toHaveLength(5);
      const event = await testDb.prisma.event.findFirst({
        where: { kind: "INSPECTION_FINDING_ADDED", payload: { path: ["findingId"], equals: findingId } },
      });
      expect(event?.payload).toMatchObject({ inspectionId: id, severity: "SERIOUS" });
    });

    it.each([
      ["a sibling district's task", "task", "hbtTask"],
      ["a sibling district's step", "step", "hbtStep"],
      ["a sibling district's signal", "signal", "hbtSignal"],
      ["an event of a sibling district's task", "event", "hbtEvent"],
      ["a task that does not exist", "task", "missing"],
    ] as const)("refuses a finding linked to %s", async (_label, kind, key) => {
      const linkId = ev[key] ?? "00000000-0000-4000-8000-000000000000";
      await expect(
        addFinding(
          tree.people.member.actor,
          id,
          {
            severity: "MINOR",
            description: "Ngoài phạm vi",
            links: [
              { kind: "task", id: ev.ddTask! },
              { kind, id: linkId },
            ],
          },
          now,
        ),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    });

    it("refuses a person of another unit, and writes nothing when it refuses", async () => {
      const before = await testDb.prisma.inspectionFinding.count({ where: { inspectionId: id } });
      await expect(
        addFinding(
          tree.people.member.actor,
          id,
          { severity: "MINOR", description: "Ngoài phạm vi", links: [{ kind: "user", id: tree.people.hbtStaff.id }] },
          now,
        ),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
      expect(await testDb.prisma.inspectionFinding.count({ where: { inspectionId: id } })).toBe(before);
    });

    it("shows the inspected unit neither the answers nor the findings before the conclusion", async () => {
      const seen = await getInspectionDetails(tree.people.dongDaHead.actor, id, now);
      expect(seen).toMatchObject({ access: "inspected", checklist: null, findings: [] });
    });
  });
});
