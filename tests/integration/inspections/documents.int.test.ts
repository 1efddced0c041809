import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { findChecklists } from "../../../lib/server/checklists/find-checklists";
import { saveChecklist } from "../../../lib/server/checklists/save-checklist";
import { addFinding } from "../../../lib/server/inspections/add-finding";
import { answerChecklistItem } from "../../../lib/server/inspections/answer-checklist-item";
import { buildConclusionDocx } from "../../../lib/server/inspections/documents/build-conclusion-docx";
import { buildInspectionSummaryWorkbook } from "../../../lib/server/inspections/documents/build-inspection-summary-workbook";
import { buildMinutesDocx } from "../../../lib/server/inspections/documents/build-minutes-docx";
import { loadInspectionDocument } from "../../../lib/server/inspections/documents/load-inspection-document";
import { issueConclusion } from "../../../lib/server/inspections/issue-conclusion";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "../tasks-create/fixtures";

const now = new Date("2026-11-18T03:00:00Z");

/** The text of a .docx, read back from its word/document.xml. */
async function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join("\n");
}

describe("the inspection's documents, generated and read back", () => {
  let tree: TInspectionTree;
  let id: string;
  const number = `${unique()}/KL-TTKT`;
  const finding = "Khâu thẩm định hồ sơ quá hạn 6 ngày làm việc, không xin gia hạn";
  const recommendationTitle = `Phân công người chịu trách nhiệm từng khâu ${unique()}`;

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    const { admin, lead, member, dongDaStaff, dongDaHead } = tree.people;
    const { id: checklistId } = await saveChecklist(
      admin.actor,
      null,
      {
        title: "Danh mục in thử",
        description: "",
        items: [{ text: "Mỗi khâu có một người chịu trách nhiệm", citation: "1251/BHXH-TCCB, điểm 2a" }],
      },
      now,
    );
    const [item] = (await findChecklists()).find((c) => c.id === checklistId)!.items;
    const template = await createTemplateFixture(testDb.prisma, {
      steps: [
        { kind: "HANDLE", days: 1 },
        { kind: "APPROVE", days: 1 },
      ],
    });
    ({ id } = await createSurpriseInspection(tree, now, {
      subject: "Kiểm tra đột xuất việc cá thể hóa trách nhiệm",
      endsOn: "2026-11-18",
      checklistId,
    }));
    await updateInspection(lead.actor, id, { status: "IN_PROGRESS" }, now);
    await answerChecklistItem(
      member.actor,
      id,
      { itemId: item!.id, result: "NOT_MET", note: "Khâu 2 chưa có người" },
      now,
    );
    await addFinding(
      member.actor,
      id,
      { severity: "SERIOUS", description: finding, links: [{ kind: "user", id: dongDaStaff.id }] },
      now,
    );
    await issueConclusion(
      lead.actor,
      id,
      {
        number,
        summary: "Đơn vị chưa cá thể hóa trách nhiệm ở khâu thẩm định.",
        recommendations: [
          {
            title: recommendationTitle,
            point: "",
            description: "",
            leadUnitId: tree.units.dongDa.id,
            coordinatingUnitIds: [],
            deadline: "2026-12-15",
            priority: "HIGH",
            expectedResult: "",
            templateId: template.id,
            steps: [
              { ownerId: dongDaStaff.id, deadline: "2026-12-10" },
              { ownerId: dongDaHead.id, deadline: "2026-12-15" },
            ],
          },
        ],
      },
      now,
    );
  });

  it("prints the minutes in the administrative layout: motto, number, parties, checklist results, findings, signatures", async () => {
    const data = await loadInspectionDocument(tree.people.lead.actor, id, now);
    const text = await docxText(await buildMinutesDocx(data, "07/BB-TTKT", "vi", now));
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 07/BB-TTKT",
      "BIÊN BẢN KIỂM TRA",
      tree.units.dongDa.name,
      tree.people.lead.name,
      tree.people.member.name,
      tree.people.dongDaHead.name,
      "Mỗi khâu có một người chịu trách nhiệm",
      "1251/BHXH-TCCB, điểm 2a",
      "Không đạt",
      "Khâu 2 chưa có người",
      `[Nghiêm trọng] ${finding}`,
      "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
      "TRƯỞNG ĐOÀN KIỂM TRA",
    ])
      expect(text).toContain(expected);
  });

  it("prints the conclusion with its number, recommendations, their owners and deadlines, in English too", async () => {
    const data = await loadInspectionDocument(tree.people.tccb.actor, id, now);
    const vi = await docxText(await buildConclusionDocx(data, "vi"));
    for (const expected of [
      "KẾT LUẬN KIỂM TRA",
      `Số: ${number}`,
      recommendationTitle,
      "15/12/2026",
      tree.people.dongDaStaff.name,
      "THỦ TRƯỞNG ĐƠN VỊ KIỂM TRA",
    ])
      expect(vi).toContain(expected);
    const en = await docxText(await buildConclusionDocx(data, "en"));
    expect(en).toContain("INSPECTION CONCLUSION");
    expect(en).toContain("SOCIALIST REPUBLIC OF VIETNAM");
  });

  it("refuses the documents to an inspector off the team", async () => {
    await expect(loadInspectionDocument(tree.people.otherInspector.actor, id, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("sums up the inspections per unit for a period in Excel, read back", async () => {
    const wb = await buildInspectionSummaryWorkbook(
      tree.people.lead.actor,
      { from: "2026-11-01", to: "2026-11-30" },
      "vi",
      now,
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = back.getWorksheet("Tổng hợp kiểm tra")!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain("TỔNG HỢP KẾT QUẢ KIỂM TRA CÔNG VỤ");
    const dongDa = rows.find((r) => r.includes(tree.units.dongDa.name))!;
    // inspections, surprise, concluded, findings, serious, recommendations, done, overdue
    expect(dongDa.slice(2)).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
    const outside = await buildInspectionSummaryWorkbook(
      tree.people.lead.actor,
      { from: "2026-12-01", to: "2026-12-31" },
      "vi",
      now,
    );
    expect(outside.getWorksheet(1)!.rowCount).toBe(4);
  });
});
