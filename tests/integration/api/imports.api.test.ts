import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const stamp = () => randomUUID().slice(0, 6).toUpperCase();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Units go under Văn phòng: the reports' tests count Hà Nội's children. */
const peopleRows = (s: string) => ({
  units: [{ code: `API-${s}`, name: `Phòng nhập thử ${s}`, level: "DEPARTMENT", parentCode: "VP" }],
  people: [
    {
      employeeCode: `CB-API-${s}`,
      name: "Cán bộ nhập qua API",
      email: `nhap-${s.toLowerCase()}@test.bhxh.vn`,
      unitCode: `API-${s}`,
      position: "STAFF",
      roles: ["STAFF"],
    },
  ],
});

describe("imports: templates, people and the backlog, dry runs, undo", () => {
  let ownerCode: string;
  beforeAll(async () => {
    ownerCode = (await apiDb.user.findFirstOrThrow({ where: { email: "nv.dongda@demo.bhxh.vn" } })).employeeCode!;
  });

  it("gives the templates to those who may import with them, and 403 to others", async () => {
    const people = await as("admin").get("/imports/templates/people.xlsx");
    expectStatus(people, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(people.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", "Lists", "Đơn vị", "Cán bộ"]);
    expect(wb.getWorksheet("Cán bộ")!.getRow(1).getCell(1).value).toBe("Mã cán bộ");
    expectStatus(await as("tccb").get("/imports/templates/tasks.xlsx"), 200);
    expectStatus(await as("tccb").get("/imports/templates/people.xlsx"), 403);
    for (const role of ["staff", "head", "inspector"] as const) {
      expectStatus(await as(role).get("/imports/templates/tasks.xlsx"), 403);
    }
  });

  it("dry-runs JSON rows, applies an .xlsx in one go, reads the import back, and refuses other roles", async () => {
    const s = stamp();
    const dry = await as("admin").post("/imports/people?dryRun=true", peopleRows(s));
    expectStatus(dry, 200);
    expect(dry.body).toMatchObject({ kind: "PEOPLE", status: "DRY_RUN", source: "api", errorCount: 0 });
    expect(dry.body.sheets[1].counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, ERROR: 0 });
    expect(await apiDb.unit.count({ where: { code: `API-${s}` } })).toBe(0);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Đơn vị").addRows([
      ["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Cấp", "Mã đơn vị cấp trên"],
      [`API-${s}`, `Phòng nhập thử ${s}`, "", "Đơn vị trực thuộc", "VP"],
    ]);
    const form = new FormData();
    form.set("file", new Blob([await wb.xlsx.writeBuffer()], { type: XLSX }), "don-vi.xlsx");
    const applied = await as("admin").post("/imports/people", undefined, { form });
    expectStatus(applied, 200);
    expect(applied.body).toMatchObject({ status: "APPLIED", source: "don-vi.xlsx" });
    expect(await apiDb.unit.count({ where: { code: `API-${s}` } })).toBe(1);
    const read = await as("admin").get(`/imports/${applied.body.id}`);
    expectStatus(read, 200);
    expect(read.body.sheets[0].rows[0]).toMatchObject({ row: 2, key: `API-${s}`, fate: "NEW" });
    expectStatus(await as("tccb").get(`/imports/${applied.body.id}`), 404);

    for (const role of ["staff", "head", "provinceHead", "tccb", "inspector"] as const) {
      const other = stamp();
      expectStatus(await as(role).post("/imports/people", peopleRows(other)), 403);
      expect(await apiDb.unit.count({ where: { code: `API-${other}` } })).toBe(0);
    }
  });

  it("refuses a wrong body with 400: a number sent as text, an unknown field, a bad flag, a 50 MB upload", async () => {
    const s = stamp();
    const withText = { ...peopleRows(s), people: [{ ...peopleRows(s).people[0], roles: 3 }] };
    expectStatus(await as("admin").post("/imports/people", withText), 400);
    expectStatus(await as("admin").post("/imports/people", { ...peopleRows(s), extra: [] }), 400);
    expectStatus(await as("admin").post("/imports/people?dryRun=yes", peopleRows(s)), 400);
    const stepAsText = {
      tasks: [
        {
          ref: s,
          directiveNumber: "1251/BHXH-TCCB",
          title: "Rà soát thử",
          leadUnitCode: "HN-DD",
          deadline: "2026-01-05",
        },
      ],
      steps: [{ taskRef: s, order: "1", name: "Xử lý", ownerCode, deadline: "2026-01-05" }],
    };
    const refused = await as("tccb").post("/imports/tasks", stepAsText);
    expectStatus(refused, 400);
    expect(JSON.stringify(refused.body.error.fields)).toContain("số JSON");
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(50 * 1024 * 1024)], { type: XLSX }), "lon.xlsx");
    const big = await as("admin").post("/imports/people", undefined, { form });
    expectStatus(big, 400);
    expect(big.body.error.message).toMatch(/Tệp quá lớn \(\d+ MB\); giới hạn là 10 MB/);
    expect(await apiDb.import.count({ where: { source: "lon.xlsx" } })).toBe(0);
  });

  it("brings in the backlog with past deadlines for TCCB, and undoes it while nobody has acted", async () => {
    const s = stamp();
    const rows = {
      tasks: [
        {
          ref: `TD-${s}`,
          directiveNumber: "1251/BHXH-TCCB",
          title: `Rà soát hồ sơ tồn đọng ${s}`,
          leadUnitCode: "HN-DD",
          deadline: "2026-01-05",
        },
      ],
      steps: [{ taskRef: `TD-${s}`, order: 1, name: "Lập danh sách", ownerCode, deadline: "2026-01-05" }],
    };
    const done = await as("tccb").post("/imports/tasks", rows);
    expectStatus(done, 200);
    expect(done.body).toMatchObject({ kind: "TASKS", status: "APPLIED", errorCount: 0 });
    const task = await apiDb.task.findFirstOrThrow({ where: { importRef: `TD-${s}` } });
    expect(task).toMatchObject({ importId: done.body.id, status: "OPEN" });
    expectStatus(await as("admin").get(`/imports/${done.body.id}`), 200);
    expectStatus(await as("staff").get(`/imports/${done.body.id}`), 404);
    expectStatus(await as("staff").post(`/imports/${done.body.id}/undo`), 403);

    const undone = await as("tccb").post(`/imports/${done.body.id}/undo`);
    expectStatus(undone, 200);
    expect(undone.body.status).toBe("UNDONE");
    expect((await apiDb.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("CANCELLED");
    expectStatus(await as("tccb").post(`/imports/${done.body.id}/undo`), 409);
    expectStatus(await as("tccb").post(`/imports/${randomUUID()}/undo`), 404);
  });
});
