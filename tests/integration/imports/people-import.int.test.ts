import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPeopleTemplate } from "../../../lib/server/imports/build-people-template";
import { listImports } from "../../../lib/server/imports/get-import";
import { applyPeopleDryRun, importPeople, type TImporter } from "../../../lib/server/imports/import-people";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const code = (p: string) => unique(p).toUpperCase();

type TUnitRow = { code: string; name: string; shortName?: string; level: string; parentCode?: string };
type TPersonRow = {
  employeeCode: string;
  name: string;
  email: string;
  unitCode: string;
  position: string;
  title?: string;
  roles: string;
};

describe("importing units and people", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: TImporter;
  let rootCode: string;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const user = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
    admin = { ...user.actor, locale: "vi" };
    rootCode = (await testDb.prisma.unit.findUniqueOrThrow({ where: { id: tree.units.daNang.id } })).code;
  });
  const rows = (units: TUnitRow[], people: TPersonRow[]) => ({
    kind: "rows" as const,
    rows: {
      units: units.map((u) => ({ shortName: "", parentCode: "", ...u })),
      people: people.map((p) => ({ title: "", ...p })),
    },
  });
  const eventsOf = (importId: string) =>
    testDb.prisma.event.findMany({
      where: { payload: { path: ["importId"], equals: importId } },
      orderBy: { seq: "asc" },
    });
  const sample = () => {
    const district = code("Q-");
    const ward = code("P-");
    return {
      district,
      ward,
      units: [
        // The child comes first: the import orders parents first itself.
        { code: ward, name: `Tổ nghiệp vụ ${ward}`, level: "Cấp huyện, cơ sở", parentCode: district },
        { code: district, name: `BHXH khu vực ${district}`, shortName: "KV", level: "DISTRICT", parentCode: rootCode },
      ],
      people: [
        {
          employeeCode: code("CB-"),
          name: "Nguyễn Văn Nhập",
          email: `${unique("n-")}@test.bhxh.vn`,
          unitCode: ward,
          position: "Công chức, viên chức",
          title: "Chuyên viên",
          roles: "Công chức, viên chức",
        },
        {
          employeeCode: code("CB-"),
          name: "Trần Thị Trưởng",
          email: `${unique("t-")}@test.bhxh.vn`,
          unitCode: district,
          position: "HEAD",
          roles: "STAFF; UNIT_HEAD",
        },
      ],
    };
  };

  it("dry-runs without writing, then applies in one go with an event per row, and a second import changes nothing", async () => {
    const s = sample();
    const dry = await importPeople(admin, rows(s.units, s.people), { dryRun: true }, now);
    expect(dry.status).toBe("DRY_RUN");
    expect(dry.report.sheets.map((x) => x.counts)).toEqual([
      { NEW: 2, CHANGED: 0, UNCHANGED: 0, ERROR: 0 },
      { NEW: 2, CHANGED: 0, UNCHANGED: 0, ERROR: 0 },
    ]);
    expect(await testDb.prisma.unit.count({ where: { code: { in: [s.district, s.ward] } } })).toBe(0);
    expect(await eventsOf(dry.id)).toEqual([]);

    const applied = await applyPeopleDryRun(admin, dry.id, now);
    expect(applied.status).toBe("APPLIED");
    const district = await testDb.prisma.unit.findUniqueOrThrow({ where: { code: s.district } });
    const ward = await testDb.prisma.unit.findUniqueOrThrow({ where: { code: s.ward } });
    expect(district.parentId).toBe(tree.units.daNang.id);
    expect(ward.path).toBe(`${district.path}${ward.id}/`);
    expect(ward.level).toBe("DISTRICT");
    const person = await testDb.prisma.user.findUniqueOrThrow({ where: { employeeCode: s.people[0].employeeCode } });
    expect(person).toMatchObject({ unitId: ward.id, position: "STAFF", roles: ["STAFF"], title: "Chuyên viên" });
    const head = await testDb.prisma.user.findUniqueOrThrow({ where: { employeeCode: s.people[1].employeeCode } });
    expect(head.roles).toEqual(["STAFF", "UNIT_HEAD"]);
    const events = await eventsOf(dry.id);
    expect(events.map((e) => [e.kind, (e.payload as { op: string }).op])).toEqual([
      ["UNIT_CHANGED", "CREATED"],
      ["UNIT_CHANGED", "CREATED"],
      ["USER_CHANGED", "CREATED"],
      ["USER_CHANGED", "CREATED"],
    ]);
    await expect(applyPeopleDryRun(admin, dry.id, now)).rejects.toMatchObject({ code: "INVALID_STATE" });

    const again = await importPeople(admin, rows(s.units, s.people), { dryRun: false }, now);
    expect(again.status).toBe("APPLIED");
    expect(again.report.sheets.map((x) => x.counts.UNCHANGED)).toEqual([2, 2]);
    expect(await eventsOf(again.id)).toEqual([]);
    const listed = (await listImports(admin, 1)).items.find((i) => i.id === again.id);
    expect(listed).toMatchObject({ status: "APPLIED", errorCount: 0, actor: { id: admin.id } });
    expect(listed!.sheets.map((x) => x.counts.UNCHANGED)).toEqual([2, 2]);
  });

  it("reports a change as CHANGED with its fields, and writes it with the fields before and after", async () => {
    const s = sample();
    await importPeople(admin, rows(s.units, s.people), { dryRun: false }, now);
    const units = [{ ...s.units[1], name: `BHXH khu vực mới ${s.district}` }];
    const people = [{ ...s.people[0], title: "Chuyên viên chính", unitCode: s.district }];
    const done = await importPeople(admin, rows(units, people), { dryRun: false }, now);
    expect(done.status).toBe("APPLIED");
    expect(done.report.sheets[0].rows[0]).toMatchObject({ fate: "CHANGED", changed: ["name"] });
    expect(done.report.sheets[1].rows[0]).toMatchObject({ fate: "CHANGED", changed: ["title", "unitCode"] });
    const events = await eventsOf(done.id);
    expect(events.map((e) => (e.payload as { op: string }).op)).toEqual(["UPDATED", "MOVED"]);
    expect(events[1].payload).toMatchObject({
      previous: { title: "Chuyên viên" },
      user: { title: "Chuyên viên chính" },
    });
  });

  it("names each bad row with its own reason, and applies nothing while one row is wrong", async () => {
    const s = sample();
    const a = code("A-");
    const b = code("B-");
    const units: TUnitRow[] = [
      s.units[1],
      { code: s.district, name: "Trùng mã", level: "DISTRICT", parentCode: rootCode },
      { code: code("X-"), name: "Cấp trên không có", level: "DISTRICT", parentCode: "KHONG-CO" },
      { code: a, name: "Vòng lặp A", level: "DISTRICT", parentCode: b },
      { code: b, name: "Vòng lặp B", level: "DISTRICT", parentCode: a },
      { code: code("L-"), name: "Cấp lạ", level: "Cấp xã", parentCode: rootCode },
    ];
    const people: TPersonRow[] = [
      { ...s.people[0], unitCode: s.district },
      { ...s.people[1], email: "khong-phai-email", unitCode: s.district },
      { ...s.people[1], employeeCode: s.people[0].employeeCode, unitCode: s.district },
      { ...s.people[1], employeeCode: code("CB-"), name: "", unitCode: s.district },
      { ...s.people[1], employeeCode: code("CB-"), email: `${unique()}@t.vn`, unitCode: "KHONG-CO" },
    ];
    const done = await importPeople(admin, rows(units, people), { dryRun: false }, now);
    expect(done.status).toBe("REFUSED");
    const u = done.report.sheets[0].rows;
    const p = done.report.sheets[1].rows;
    expect(u.map((r) => r.fate)).toEqual(["NEW", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR"]);
    expect(u[1].errors[0].message).toContain("trùng với dòng 1");
    expect(u[2].errors[0].message).toContain("Không có đơn vị cấp trên mã KHONG-CO");
    expect(u[3].errors[0].message).toMatch(/vòng lặp: .+ → .+ → /);
    expect(u[5].errors[0]).toMatchObject({ field: "level", column: "level" });
    expect(u[5].errors[0].message).toContain('Không hiểu giá trị "Cấp xã"');
    expect(p.map((r) => r.fate)).toEqual(["NEW", "ERROR", "ERROR", "ERROR", "ERROR"]);
    expect(p[1].errors.map((e) => e.field)).toContain("email");
    expect(p[2].errors[0].message).toContain("trùng với dòng 1");
    expect(p[3].errors[0]).toMatchObject({ field: "name", message: "Ô này bắt buộc nhưng đang để trống." });
    expect(p[4].errors[0].message).toContain("Không có đơn vị mã KHONG-CO");
    expect(await testDb.prisma.unit.count({ where: { code: s.district } })).toBe(0);
    expect(await eventsOf(done.id)).toEqual([]);
    expect(await testDb.prisma.import.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({
      status: "REFUSED",
    });
  });

  it("refuses to move someone who still owns open steps, and anyone but an admin", async () => {
    const s = sample();
    await importPeople(admin, rows(s.units, s.people), { dryRun: false }, now);
    const person = await testDb.prisma.user.findUniqueOrThrow({ where: { employeeCode: s.people[0].employeeCode } });
    await createTask(testDb.prisma, {
      leadUnitId: person.unitId,
      assignerId: person.id,
      steps: [{ owner: { id: person.id, unitId: person.unitId }, deadline: new Date("2026-12-01T10:00:00Z") }],
    });
    const moved = await importPeople(
      admin,
      rows([], [{ ...s.people[0], unitCode: s.district }]),
      { dryRun: true },
      now,
    );
    expect(moved.report.sheets[1].rows[0].errors[0].message).toContain("còn 1 bước đang mở");
    const tccb = { ...tree.people.tccb.actor, locale: "vi" as const };
    await expect(importPeople(tccb, rows(s.units, []), { dryRun: true }, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("reads the template filled in Excel, and names merged cells, formulas and a missing sheet by their place", async () => {
    const s = sample();
    const wb = buildPeopleTemplate("vi");
    const unitsSheet = wb.getWorksheet("Đơn vị")!;
    unitsSheet.addRow([s.district, `BHXH khu vực ${s.district}`, "", "Cấp huyện, cơ sở", rootCode]);
    const peopleSheet = wb.getWorksheet("Cán bộ")!;
    const p = s.people[1];
    // An e-mail typed in Excel becomes a link; a code typed as digits becomes a number.
    peopleSheet.addRow([
      p.employeeCode,
      p.name,
      { text: p.email, hyperlink: `mailto:${p.email}` },
      s.district,
      "Thủ trưởng",
      "",
      "Lãnh đạo đơn vị; Công chức, viên chức",
    ]);
    peopleSheet.addRow([code("CB-"), "Lê Văn Gộp", `${unique()}@t.vn`, s.district, "Cấp phó", "", "STAFF"]);
    peopleSheet.mergeCells("E4:F4");
    peopleSheet.addRow([
      code("CB-"),
      { formula: 'CONCAT("Lê ","Văn")', result: "Lê Văn" },
      `${unique()}@t.vn`,
      s.district,
      "STAFF",
      "",
      "STAFF",
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const done = await importPeople(admin, { kind: "file", fileName: "can-bo.xlsx", bytes }, { dryRun: true }, now);
    expect(done.report.fileErrors).toEqual([]);
    expect(done.report.sheets[0].rows[0]).toMatchObject({ row: 2, fate: "NEW" });
    const people = done.report.sheets[1].rows;
    expect(people[0]).toMatchObject({ row: 2, fate: "NEW", errors: [] });
    expect(people[1]).toMatchObject({ row: 3, fate: "NEW" });
    expect(people[2].fate).toBe("ERROR");
    expect(people[2].errors[0]).toMatchObject({ column: "E" });
    expect(people[2].errors[0].message).toContain("Ô E4 là ô gộp");
    expect(people[3].errors[0]).toMatchObject({ column: "B" });
    expect(people[3].errors[0].message).toContain("Ô B5 chứa công thức");

    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRow(["a", "b"]);
    const wrong = await importPeople(
      admin,
      { kind: "file", fileName: "sai.xlsx", bytes: new Uint8Array(await other.xlsx.writeBuffer()) },
      { dryRun: false },
      now,
    );
    expect(wrong.status).toBe("REFUSED");
    expect(wrong.report.fileErrors[0].message).toContain(
      "Tệp không có trang nào cần nhập (Đơn vị, Cán bộ); tệp có: Sheet1",
    );
    const broken = await importPeople(
      admin,
      { kind: "file", fileName: "x.xlsx", bytes: new TextEncoder().encode("not a zip") },
      { dryRun: true },
      now,
    );
    expect(broken.report.fileErrors[0].message).toContain("không đọc được như một tệp Excel");
  });
});
