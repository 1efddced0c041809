import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { recordDecision } from "../../../lib/server/decisions/record-decision";
import { decisionsHeaders, decisionsSheetName } from "../../../lib/server/reports/add-decisions-sheet";
import { buildSummaryWorkbook } from "../../../lib/server/reports/build-summary-workbook";
import { getSummaryReport } from "../../../lib/server/reports/get-summary-report";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-12-03T03:00:00Z");

describe("the periodic Excel report's sheet of decisions", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { tccb, dongDaStaff, daNangStaff } = tree.people;
    const decision = (userId: string, documentDate: string, documentNumber: string) => ({
      kind: "COMMENDATION" as const,
      userId,
      periodKey: "2026-Q4",
      form: "Giấy khen của Giám đốc",
      documentNumber,
      documentDate,
      reason: "Hoàn thành đúng hạn toàn bộ nhiệm vụ.",
      evidence: { signalIds: [], eventIds: [], evaluationIds: [] },
    });
    await recordDecision(tccb.actor, decision(dongDaStaff.id, "2026-11-30", "in/QĐ"), now);
    await recordDecision(tccb.actor, decision(dongDaStaff.id, "2026-10-31", "before/QĐ"), now);
    await recordDecision(tccb.actor, decision(daNangStaff.id, "2026-11-15", "elsewhere/QĐ"), now);
  });

  it("lists the decisions of the unit's tree dated in the period, and only those", async () => {
    const report = await getSummaryReport(
      tree.people.hanoiHead.actor,
      { unit: tree.units.hanoi.id, from: "2026-11-01", to: "2026-11-30" },
      now,
      "vi",
    );
    expect(report.decisions.map((d) => d.documentNumber)).toEqual(["in/QĐ"]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await buildSummaryWorkbook(report, "vi").xlsx.writeBuffer()) as ArrayBuffer);
    const ws = loaded.getWorksheet("Quyết định")!;
    expect(decisionsSheetName("vi")).toBe("Quyết định");
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row, n) => (rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1)));
    const header = rows.findIndex((r) => r?.[0] === "STT");
    expect(rows[header]).toEqual(decisionsHeaders("vi"));
    const first = rows[header + 1];
    expect(first.slice(0, 7)).toEqual([
      1,
      tree.people.dongDaStaff.name,
      tree.units.dongDa.name,
      "Biểu dương",
      "2026-Q4",
      "Giấy khen của Giám đốc",
      "in/QĐ",
    ]);
    expect((first[7] as Date).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(ws.getRow(header + 2).getCell(8).numFmt).toBe("dd/mm/yyyy");
    expect(first[9]).toBe("0 cảnh báo, 0 sự kiện, 0 kết quả đánh giá");
  });

  it("takes every date when the report has no period", async () => {
    const report = await getSummaryReport(tree.people.tccb.actor, { unit: tree.units.root.id }, now, "vi");
    expect(report.decisions.map((d) => d.documentNumber)).toEqual(["before/QĐ", "elsewhere/QĐ", "in/QĐ"]);
  });
});
