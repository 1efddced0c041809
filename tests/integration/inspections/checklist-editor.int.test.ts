import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { saveChecklistAction } from "../../../lib/actions/inspections/save-checklist-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { findChecklists } from "../../../lib/server/checklists/find-checklists";
import { createInspectionTree, type TInspectionTree } from "../../factories/create-inspection-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");

describe("the checklist editor's action: admins and TCCB write the directives' obligations", () => {
  let tree: TInspectionTree;
  const title = `Danh mục 1151 ${unique()}`;
  type TWho = keyof TInspectionTree["people"];
  const as = async (who: TWho) =>
    toCurrentActor(
      await testDb.prisma.user.findUniqueOrThrow({
        where: { id: tree.people[who].id },
        include: { unit: { select: { name: true, path: true } } },
      }),
    );
  const save = async (who: TWho, input: Record<string, unknown>) =>
    executeAction(saveChecklistAction.definition, await as(who), input, now);
  const events = () =>
    testDb.prisma.event.count({ where: { kind: "CHECKLIST_CHANGED", payload: { path: ["title"], equals: title } } });
  const items = [
    { text: "Thủ trưởng tiếp công dân định kỳ theo lịch đã công bố", citation: "1151/BHXH-TTKT, mục 1" },
    { text: "Giải quyết khiếu nại trong thời hạn luật định", citation: "1151/BHXH-TTKT, mục 2" },
  ];

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
  });

  it("refuses a head, an inspector and staff (403), and writes no event", async () => {
    for (const who of ["dongDaHead", "lead", "dongDaStaff"] as const)
      expect(await save(who, { checklistId: null, title, description: "", items })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    expect(await events()).toBe(0);
  });

  it("names the item whose citation is missing, in Vietnamese", async () => {
    const result = await save("tccb", {
      checklistId: null,
      title,
      description: "",
      items: [items[0], { text: "Trả lời xin ý kiến đúng hạn", citation: "" }],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { "items.1.citation": [expect.stringContaining("căn cứ")] },
    });
    expect(await events()).toBe(0);
  });

  it("creates a checklist for TCCB, then lets an admin reorder, edit and drop items (archived, not deleted)", async () => {
    const created = await save("tccb", { checklistId: null, title, description: "Theo 1151", items });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { ok: true; data: { id: string } }).data.id;
    const before = (await findChecklists()).find((c) => c.id === id)!;
    expect(before.items.map((i) => i.citation)).toEqual(["1151/BHXH-TTKT, mục 1", "1151/BHXH-TTKT, mục 2"]);
    const [first, second] = before.items;
    const edited = await save("admin", {
      checklistId: id,
      title,
      description: "Theo 1151",
      items: [
        { id: second!.id, text: second!.text, citation: "1151/BHXH-TTKT, mục 2b" },
        { text: "Báo cáo Vụ Thanh tra - Kiểm tra đúng hạn", citation: "1151/BHXH-TTKT, mục 5" },
      ],
    });
    expect(edited).toMatchObject({ ok: true });
    const after = (await findChecklists()).find((c) => c.id === id)!;
    expect(after.items.map((i) => i.citation)).toEqual(["1151/BHXH-TTKT, mục 2b", "1151/BHXH-TTKT, mục 5"]);
    const dropped = await testDb.prisma.checklistItem.findUniqueOrThrow({ where: { id: first!.id } });
    expect(dropped.archivedAt).toEqual(now);
    expect(await events()).toBe(2);
  });

  it("answers NOT_FOUND for a checklist that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await save("tccb", { checklistId: missing, title, description: "", items })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
