import { describe, expect, it } from "vitest";
import {
  planPeopleImport,
  type TExistingPerson,
  type TExistingUnit,
  type TImportVocabulary,
} from "./plan-people-import";
import { planTasksImport, type TTaskImportContext } from "./plan-tasks-import";

const vocabulary: TImportVocabulary = {
  level: new Map([
    ["district", "DISTRICT"],
    ["cap huyen, co so", "DISTRICT"],
    ["province", "PROVINCE"],
  ]),
  position: new Map([
    ["staff", "STAFF"],
    ["head", "HEAD"],
  ]),
  role: new Map([
    ["staff", "STAFF"],
    ["cong chuc, vien chuc", "STAFF"],
    ["unit_head", "UNIT_HEAD"],
  ]),
};
const root: TExistingUnit = {
  id: "r",
  code: "ROOT",
  name: "BHXH Việt Nam",
  shortName: null,
  level: "CENTRAL",
  parentId: null,
  path: "/r/",
  closedAt: null,
};
const hn: TExistingUnit = {
  ...root,
  id: "h",
  code: "HN",
  name: "BHXH Hà Nội",
  level: "PROVINCE",
  parentId: "r",
  path: "/r/h/",
};
const closed: TExistingUnit = { ...hn, id: "c", code: "OLD", name: "Cũ", path: "/r/c/", closedAt: new Date() };
const unitRow = (row: number, code: string, parentCode: string, over = {}) => ({
  row,
  code,
  name: `Đơn vị ${code}`,
  shortName: "",
  level: "District",
  parentCode,
  ...over,
});
const personRow = (row: number, employeeCode: string, over = {}) => ({
  row,
  employeeCode,
  name: "Nguyễn Văn A",
  email: `${employeeCode.toLowerCase()}@bhxh.vn`,
  unitCode: "HN",
  position: "staff",
  title: "",
  roles: "Công chức, viên chức; UNIT_HEAD",
  ...over,
});
const plan = (
  unitRows: ReturnType<typeof unitRow>[],
  personRows: ReturnType<typeof personRow>[],
  people: TExistingPerson[] = [],
) => planPeopleImport({ unitRows, personRows, units: [root, hn, closed], people, vocabulary });
const messages = (r: { errors: { message: { key: string } }[] }) => r.errors.map((e) => e.message.key);

describe("planPeopleImport", () => {
  it("orders new units parents first and reads roles whose labels hold commas", () => {
    const p = plan(
      [unitRow(2, "HN-B", "HN-A"), unitRow(3, "HN-A", "HN")],
      [personRow(2, "CB-1", { unitCode: "HN-B" })],
    );
    expect(p.errorCount).toBe(0);
    expect(p.writes.newUnits.map((u) => u.code)).toEqual(["HN-A", "HN-B"]);
    expect(p.writes.newPeople[0].roles).toEqual(["STAFF", "UNIT_HEAD"]);
  });

  it("finds a cycle through the database's tree and the file's rows", () => {
    const p = plan(
      [unitRow(2, "HN", "HN-A", { level: "province", name: "BHXH Hà Nội" }), unitRow(3, "HN-A", "HN")],
      [],
    );
    expect(p.units.map((u) => u.fate)).toEqual(["ERROR", "ERROR"]);
    expect(messages(p.units[0])).toContain("imports.error.cycle");
  });

  it("gives each bad row its own reason", () => {
    const p = plan(
      [
        unitRow(2, "A1", "HN"),
        unitRow(3, "A1", "HN"),
        unitRow(4, "A2", "NOPE"),
        unitRow(5, "A3", "OLD"),
        unitRow(6, "A4", "A4"),
      ],
      [
        personRow(2, "CB-1", { unitCode: "NOPE" }),
        personRow(3, "CB-2", { email: "not-an-email" }),
        personRow(4, "CB-2"),
        personRow(5, "CB-3", { name: "" }),
        personRow(6, "CB-4", { position: "chief" }),
        personRow(7, "CB-5", { unitCode: "OLD" }),
      ],
    );
    expect(p.units.map((u) => messages(u)[0])).toEqual([
      undefined,
      "imports.error.duplicateCode",
      "imports.error.unknownParent",
      "imports.error.parentClosed",
      "imports.error.ownParent",
    ]);
    expect(p.people.map((u) => messages(u)[0])).toEqual([
      "imports.error.unknownUnit",
      "imports.error.invalid",
      "imports.error.duplicateCode",
      "imports.error.required",
      "imports.error.unknownWord",
      "imports.error.personUnitClosed",
    ]);
  });

  it("matches a person by employee code, or by e-mail when they have none yet, and refuses a move with open steps", () => {
    const existing: TExistingPerson = {
      id: "p1",
      employeeCode: null,
      email: "cb-1@bhxh.vn",
      name: "Nguyễn Văn A",
      title: null,
      position: "STAFF",
      roles: ["STAFF", "UNIT_HEAD"],
      unitId: "h",
      isActive: true,
      openSteps: 2,
    };
    const same = plan([], [personRow(2, "CB-1")], [existing]);
    expect(same.people[0]).toMatchObject({ fate: "CHANGED", changed: ["employeeCode"] });
    const moved = plan(
      [unitRow(2, "HN-A", "HN")],
      [personRow(2, "CB-1", { unitCode: "HN-A" })],
      [{ ...existing, employeeCode: "CB-1" }],
    );
    expect(messages(moved.people[0])).toEqual(["imports.error.moveWithOpenSteps"]);
    const unchanged = plan([], [personRow(2, "CB-1")], [{ ...existing, employeeCode: "CB-1" }]);
    expect(unchanged.people[0].fate).toBe("UNCHANGED");
    expect(unchanged.writes.changedPeople).toEqual([]);
  });
});

describe("planTasksImport", () => {
  const context: TTaskImportContext = {
    directives: new Map([["1251/BHXH-TCCB", { id: "d" }]]),
    units: new Map([["HN", { id: "h", closedAt: null }]]),
    people: new Map([
      ["CB-1", { id: "p1", unitId: "h", isActive: true, name: "A" }],
      ["CB-9", { id: "p9", unitId: "h", isActive: false, name: "Đã nghỉ" }],
    ]),
    importedRefs: new Set(["OLD-1"]),
    vocabulary: { priority: new Map([["cao", "HIGH"]]), stepKind: new Map([["xu ly, du thao", "HANDLE"]]) },
    today: "2026-02-26",
  };
  const task = (row: number, ref: string, over = {}) => ({
    row,
    ref,
    directiveNumber: "1251/BHXH-TCCB",
    point: "",
    title: "Rà soát hồ sơ tồn đọng",
    leadUnitCode: "HN",
    deadline: "2025-11-30",
    completedOn: "",
    result: "",
    priority: "Cao",
    ...over,
  });
  const step = (row: number, taskRef: string, order: string, over = {}) => ({
    row,
    taskRef,
    order,
    name: "Xử lý",
    kind: "",
    ownerCode: "CB-1",
    deadline: "2025-11-30",
    completedOn: "",
    result: "",
    ...over,
  });

  it("takes deadlines in the past, orders steps, and skips a task an applied import brought in", () => {
    const p = planTasksImport({
      taskRows: [task(2, "T-1"), task(3, "OLD-1")],
      stepRows: [step(2, "T-1", "2"), step(3, "T-1", "1", { completedOn: "2025-11-29" }), step(4, "OLD-1", "1")],
      context,
    });
    expect(p.errorCount).toBe(0);
    expect(p.tasks.map((t) => t.fate)).toEqual(["NEW", "UNCHANGED"]);
    expect(p.writes).toHaveLength(1);
    expect(p.writes[0]).toMatchObject({ priority: "HIGH", deadline: "2025-11-30" });
    expect(p.writes[0].steps.map((s) => s.order)).toEqual([1, 2]);
  });

  it("refuses what cannot have happened or cannot be tracked", () => {
    const p = planTasksImport({
      taskRows: [
        task(2, "T-1", { completedOn: "2026-03-01", result: "Xong" }),
        task(3, "T-2"),
        task(4, "T-3", { completedOn: "2026-01-01" }),
        task(5, "T-4"),
      ],
      stepRows: [
        step(2, "T-1", "1", { completedOn: "2026-03-01" }),
        step(3, "T-3", "1", { completedOn: "2026-01-01" }),
        step(4, "T-4", "1", { ownerCode: "CB-9" }),
        step(5, "T-9", "1"),
        step(6, "T-4", "x"),
      ],
      context,
    });
    expect(messages(p.tasks[0])).toContain("imports.error.completedInFuture");
    expect(messages(p.tasks[1])).toEqual(["imports.error.taskWithoutSteps"]);
    expect(messages(p.tasks[2])).toEqual(["imports.error.resultRequired"]);
    expect(messages(p.tasks[3])).toEqual(["imports.error.stepRowInvalid"]);
    expect(messages(p.steps[2])).toEqual(["imports.error.inactivePerson"]);
    expect(messages(p.steps[3])).toEqual(["imports.error.stepWithoutTask"]);
    expect(messages(p.steps[4])).toEqual(["imports.error.badOrder"]);
    expect(p.writes).toEqual([]);
  });
});
