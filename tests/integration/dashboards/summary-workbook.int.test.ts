import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { countsHeaders, countsSheetName } from "../../../lib/server/reports/add-counts-sheet";
import { decisionsHeaders, decisionsSheetName } from "../../../lib/server/reports/add-decisions-sheet";
import { overdueHeaders, overdueSheetName } from "../../../lib/server/reports/add-overdue-sheet";
import { signalsHeaders, signalsSheetName } from "../../../lib/server/reports/add-signals-sheet";
import en_ from "../../../lib/i18n/messages/en.json";
import { buildSummaryWorkbook } from "../../../lib/server/reports/build-summary-workbook";
import { getSummaryReport, type TSummaryReport } from "../../../lib/server/reports/get-summary-report";
import { testDb } from "../../support/use-test-db";
import { buildRollupData, now } from "./build-rollup-data";

/** Each row's cell values from column A, as exceljs reads them back. */
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  return rows;
};
const headerIndex = (ws: ExcelJS.Worksheet, first = "STT") => rowsOf(ws).findIndex((r) => r?.[0] === first) + 1;
const COUNTS_SHEET = countsSheetName("vi");
const SIGNALS_SHEET = signalsSheetName("vi");
const OVERDUE_SHEET = overdueSheetName("vi");
const DECISIONS_SHEET = decisionsSheetName("vi");
const read = async (workbook: ExcelJS.Workbook) => {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return loaded;
};

describe("the Excel summary report, read back with exceljs", () => {
  let wb: ExcelJS.Workbook;
  let report: TSummaryReport;

  beforeAll(async () => {
    const data = await buildRollupData(testDb.prisma, 11);
    report = await getSummaryReport(
      data.tree.people.tccb.actor,
      { unit: data.tree.units.root.id, from: "2041-02-01", to: "2041-03-31" },
      now,
      "vi",
    );
    wb = await read(buildSummaryWorkbook(report, "vi"));
  });

  it("has the four sheets, each with the title block and Vietnamese headers", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([COUNTS_SHEET, SIGNALS_SHEET, OVERDUE_SHEET, DECISIONS_SHEET]);
    expect([COUNTS_SHEET, SIGNALS_SHEET, OVERDUE_SHEET, DECISIONS_SHEET]).toEqual([
      "Tổng hợp theo đơn vị",
      "Cảnh báo trách nhiệm",
      "Việc quá hạn",
      "Quyết định",
    ]);
    for (const [name, headers] of [
      [COUNTS_SHEET, countsHeaders("vi")],
      [SIGNALS_SHEET, signalsHeaders("vi")],
      [OVERDUE_SHEET, overdueHeaders("vi")],
      [DECISIONS_SHEET, decisionsHeaders("vi")],
    ] as const) {
      const ws = wb.getWorksheet(name)!;
      expect(rowsOf(ws)[headerIndex(ws) - 1]).toEqual(headers);
    }
    const title = rowsOf(wb.getWorksheet(COUNTS_SHEET)!)
      .slice(0, 5)
      .map((r) => r[0]);
    expect(title).toEqual([
      "BẢO HIỂM XÃ HỘI VIỆT NAM",
      "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
      `Đơn vị: ${report.unit.name}`,
      "Kỳ báo cáo: Từ 01/02/2041 đến 31/03/2041",
      "Ngày lập báo cáo: 20/03/2041",
    ]);
  });

  it("is in English for a requester who reads English, dates still dd/mm/yyyy", async () => {
    const en = await read(buildSummaryWorkbook(report, "en"));
    expect(en.worksheets.map((w) => w.name)).toEqual([
      "Summary by unit",
      "Accountability alerts",
      "Overdue work",
      "Decisions",
    ]);
    const counts = en.getWorksheet("Summary by unit")!;
    expect(rowsOf(counts)[headerIndex(counts, "No.") - 1]).toEqual(countsHeaders("en"));
    expect(countsHeaders("en").slice(0, 3)).toEqual(["No.", "Unit", "Total steps"]);
    expect(
      rowsOf(counts)
        .slice(0, 5)
        .map((r) => r[0]),
    ).toEqual([
      "VIETNAM SOCIAL SECURITY",
      "REPORT ON TASK PERFORMANCE",
      `Unit: ${report.unit.name}`,
      "Reporting period: From 01/02/2041 to 31/03/2041",
      "Report date: 20/03/2041",
    ]);
    expect(counts.getRow(headerIndex(counts, "No.") + 1 + report.rows.length).getCell(2).value).toBe("Total");
    const signals = en.getWorksheet("Accountability alerts")!;
    const firstSignal = rowsOf(signals)[headerIndex(signals, "No.")];
    expect(firstSignal[3]).toBe(en_.enums.signalKind[report.signals[0].kind as keyof typeof en_.enums.signalKind]);
    expect(en_.enums.signalKind.OVERDUE_NO_EXTENSION).toBe("Overdue without an extension request");
  });

  it("ends the counts with a totals row of SUM formulas whose cached values are the unit's totals", () => {
    const ws = wb.getWorksheet(COUNTS_SHEET)!;
    const first = headerIndex(ws) + 1;
    const totals = ws.getRow(first + report.rows.length);
    const last = first + report.rows.length - 1;
    expect(totals.getCell(2).value).toBe("Tổng cộng");
    for (const [col, letter] of [
      [3, "C"],
      [4, "D"],
      [5, "E"],
      [6, "F"],
      [7, "G"],
      [9, "I"],
      [10, "J"],
    ] as const) {
      expect(totals.getCell(col).value).toMatchObject({ formula: `SUM(${letter}${first}:${letter}${last})` });
    }
    const t = report.total.row;
    expect(totals.getCell(4).result).toBe(t.categories.DONE_ON_TIME);
    expect(totals.getCell(7).result).toBe(t.categories.OVERDUE);
    expect(report.rows.reduce((n, r) => n + r.row.categories.OVERDUE, 0)).toBe(t.categories.OVERDUE);
    expect(totals.getCell(8).value).toMatchObject({
      formula: expect.stringContaining(`D${first + report.rows.length}/`),
    });
    expect(totals.getCell(8).numFmt).toBe("0.0%");
  });

  it("writes dates as real Excel dates formatted dd/mm/yyyy", () => {
    const overdue = wb.getWorksheet(OVERDUE_SHEET)!;
    expect(report.overdue.length).toBeGreaterThan(0);
    const row = overdue.getRow(headerIndex(overdue) + 1);
    for (const col of [7, 8]) {
      expect(row.getCell(col).value).toBeInstanceOf(Date);
      expect(row.getCell(col).numFmt).toBe("dd/mm/yyyy");
    }
    const firstDeadline = report.overdue[0].deadline;
    const local = new Date(firstDeadline.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    expect((row.getCell(8).value as Date).toISOString().slice(0, 10)).toBe(local);
    const signals = wb.getWorksheet(SIGNALS_SHEET)!;
    expect(report.signals.length).toBeGreaterThan(0);
    const s = signals.getRow(headerIndex(signals) + 1).getCell(5);
    expect(s.value).toBeInstanceOf(Date);
    expect(s.numFmt).toBe("dd/mm/yyyy");
  });
});
