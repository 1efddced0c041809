import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PATH = "/reports/evaluations.xlsx";
const period = "2026-11";

/** The first cell of every row of the workbook's first sheet. */
async function firstColumn(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: unknown[] = [];
  wb.worksheets[0]!.eachRow((row) => cells.push(row.getCell(1).value));
  return cells;
}

describe("GET /reports/evaluations.xlsx", () => {
  let staff: TApi;
  let head: TApi;
  let dongDa: string;
  let staffId: string;
  let otherStaffId: string;
  beforeAll(async () => {
    [staff, head] = await Promise.all([freshApi(apiTestAccounts.staff), freshApi(apiTestAccounts.head)]);
    [dongDa, staffId, otherStaffId] = await Promise.all([
      unitIdOf(apiTestAccounts.head),
      userId(apiTestAccounts.staff),
      userId(apiTestAccounts.otherStaff),
    ]);
  });

  it("gives a head their unit's summary table, with a row for their staff", async () => {
    const res = await head.get(PATH, { unitId: dongDa, period });
    expectStatus(res, 200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tong-hop-danh-gia-.+-2026-11\.xlsx"$/,
    );
    const column = await firstColumn(res.body as Uint8Array);
    expect(column).toContain("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG");
    expect(column).toContain("NGƯỜI LẬP BIỂU");
  });

  it("gives a person their own sheet, and their head the same", async () => {
    const name = (await apiDb.user.findUniqueOrThrow({ where: { id: staffId } })).name;
    for (const api of [staff, head]) {
      const res = await api.get(PATH, { userId: staffId, period });
      expectStatus(res, 200);
      expect(res.headers.get("content-disposition")).toMatch(
        /^attachment; filename="phieu-danh-gia-.+-2026-11\.xlsx"$/,
      );
      const column = await firstColumn(res.body as Uint8Array);
      expect(column).toContain("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC");
      expect(column).toContain(`Họ và tên: ${name}`);
      expect(column).toContain("NGƯỜI TỰ ĐÁNH GIÁ");
    }
  });

  it("refuses staff a unit's table, and answers 404 to whoever may not read a unit or a person", async () => {
    const forbidden = await staff.get(PATH, { unitId: dongDa, period });
    expectStatus(forbidden, 403);
    expect(forbidden.body.error.code).toBe("FORBIDDEN");
    const otherUnit = await unitIdOf(apiTestAccounts.otherStaff);
    expectStatus(await head.get(PATH, { unitId: otherUnit, period }), 404);
    expectStatus(await head.get(PATH, { userId: otherStaffId, period }), 404);
    expectStatus(await staff.get(PATH, { userId: otherStaffId, period }), 404);
    expectStatus(await head.get(PATH, { userId: "3fa85f64-5717-4562-b3fc-2c963f66afa6", period }), 404);
  });

  it("answers 400 without exactly one of unitId and userId, or with a period it cannot read", async () => {
    const neither = await head.get(PATH, { period });
    expectStatus(neither, 400);
    expect(neither.body.error.fields.unitId).toEqual([
      "Gửi đúng một trong hai: unitId (bảng tổng hợp của đơn vị) hoặc userId (phiếu đánh giá của một người).",
    ]);
    expectStatus(await head.get(PATH, { unitId: dongDa, userId: staffId, period }), 400);
    const noPeriod = await head.get(PATH, { unitId: dongDa });
    expectStatus(noPeriod, 400);
    expect(noPeriod.body.error.fields).toHaveProperty("period");
    expectStatus(await head.get(PATH, { unitId: dongDa, period: "11/2026" }), 400);
    expectStatus(await head.get(PATH, { unitId: "dong-da", period }), 400);
  });
});
