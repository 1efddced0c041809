import { describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { unitIdOf } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const categories = ["DONE_ON_TIME", "DONE_LATE", "IN_TIME", "OVERDUE"] as const;
type TRow = {
  unitId: string;
  total: number;
  categories: Record<string, number>;
  signalTotal: number;
  onTimeRate: number | null;
};

describe("GET /reports/summary", () => {
  it("gives a head their unit's figures, the rows adding up to the total", async () => {
    const res = await as("provinceHead").get("/reports/summary");
    expectStatus(res, 200);
    const hanoi = await unitIdOf(apiTestAccounts.provinceHead);
    expect(res.body.unit.id).toBe(hanoi);
    const rows = res.body.rows as TRow[];
    const total = res.body.total as TRow;
    expect(rows[0].unitId).toBe(hanoi);
    expect(rows.length).toBe(1 + (await apiDb.unit.count({ where: { parentId: hanoi } })));
    for (const c of categories) expect(rows.reduce((n, r) => n + r.categories[c], 0)).toBe(total.categories[c]);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(total.total);
    expect(total.total).toBeGreaterThan(0);
    const done = total.categories.DONE_ON_TIME + total.categories.DONE_LATE;
    expect(total.onTimeRate).toBe(done === 0 ? null : total.categories.DONE_ON_TIME / done);
  });

  it("gives the same figures as the unit's dashboard", async () => {
    // Hồ Chí Minh City: no other API test writes there, so nothing changes between the two reads.
    const hcm = await apiDb.user.findUniqueOrThrow({
      where: { email: "thinhlq@demo.bhxh.vn" },
      include: { unit: true },
    });
    const res = await as("tccb").get("/reports/summary", { unit: hcm.unitId });
    expectStatus(res, 200);
    const tccb = await apiDb.user.findUniqueOrThrow({
      where: { email: apiTestAccounts.tccb },
      include: { unit: true },
    });
    const { getUnitDashboard } = await import("../../../lib/server/dashboards/get-unit-dashboard");
    const dashboard = await getUnitDashboard(
      { id: tccb.id, unitId: tccb.unitId, unitPath: tccb.unit.path, roles: tccb.roles },
      { unit: hcm.unitId },
      new Date(),
    );
    expect(res.body.total).toMatchObject({
      total: dashboard.totals.total,
      categories: dashboard.totals.categories,
      signalTotal: dashboard.totals.signalTotal,
      onTimeRate: dashboard.totals.onTimeRate,
    });
  });

  it.each(["tccb", "inspector", "admin"] as const)("lets %s report on any unit, for a period", async (role) => {
    const res = await as(role).get("/reports/summary", {
      unit: await unitIdOf(apiTestAccounts.otherStaff),
      from: "2020-01-01",
      to: "2030-12-31",
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ from: "2020-01-01", to: "2030-12-31" });
  });

  it("answers 403 to staff, and 404 to a head asking about a unit outside their tree, as for an unknown unit", async () => {
    expectStatus(await as("staff").get("/reports/summary"), 403);
    const res = await as("head").get("/reports/summary", { unit: await unitIdOf(apiTestAccounts.otherStaff) });
    expectStatus(res, 404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("answers 404 for an unknown unit and 400 for a bad period", async () => {
    expectStatus(await as("tccb").get("/reports/summary", { unit: "3fa85f64-5717-4562-b3fc-2c963f66afa6" }), 404);
    const reversed = await as("tccb").get("/reports/summary", { from: "2026-05-01", to: "2026-01-01" });
    expectStatus(reversed, 400);
    expect(reversed.body.error.fields).toHaveProperty("to");
    expectStatus(await as("tccb").get("/reports/summary", { from: "01/05/2026" }), 400);
  });
});

describe("GET /reports/summary.xlsx", () => {
  it("returns the same report as an Excel workbook", async () => {
    const res = await as("head").get("/reports/summary.xlsx");
    expectStatus(res, 200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="bao-cao-.+\.xlsx"$/);
    const bytes = res.body as Uint8Array;
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]); // a zip archive, as every .xlsx is
  });

  it("is refused like the JSON report", async () => {
    const res = await as("staff").get("/reports/summary.xlsx");
    expectStatus(res, 403);
    expect(res.body.error.code).toBe("FORBIDDEN");
    expectStatus(
      await as("head").get("/reports/summary.xlsx", { unit: await unitIdOf(apiTestAccounts.otherStaff) }),
      404,
    );
    expectStatus(await as("head").get("/reports/summary.xlsx", { to: "2026-02-30" }), 400);
  });
});
