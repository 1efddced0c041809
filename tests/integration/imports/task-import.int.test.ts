import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCalendar, defaultHolidays } from "../../../lib/domain/calendar";
import { classifyItem } from "../../../lib/domain/classification";
import type { TImporter } from "../../../lib/server/imports/import-people";
import { applyTasksDryRun, importTasks, undoTaskImport } from "../../../lib/server/imports/import-tasks";
import { startStep } from "../../../lib/server/steps/start-step";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

// 26/02/2026, a Thursday after Tết Bính Ngọ (14–22/02/2026 off; 16–20/02 were working weekdays).
const now = new Date("2026-02-26T03:00:00Z");
const calendar = buildCalendar(defaultHolidays);
const policy = { dueSoonWorkingDays: 2 };

describe("importing the backlog", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let tccb: TImporter;
  let number: string;
  let ownerCode: string;
  let leadCode: string;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    tccb = { ...tree.people.tccb.actor, locale: "vi" };
    number = (await createDirective(testDb.prisma)).number;
    ownerCode = unique("CB-").toUpperCase();
    await testDb.prisma.user.update({ where: { id: tree.people.dongDaStaff.id }, data: { employeeCode: ownerCode } });
    leadCode = (await testDb.prisma.unit.findUniqueOrThrow({ where: { id: tree.units.dongDa.id } })).code;
  });
  const task = (ref: string, over: Record<string, string> = {}) => ({
    ref,
    directiveNumber: number,
    point: "2a",
    title: `Rà soát hồ sơ tồn đọng ${ref}`,
    leadUnitCode: leadCode,
    deadline: "2026-02-12",
    completedOn: "",
    result: "",
    priority: "Cao",
    ...over,
  });
  const step = (taskRef: string, order: number, over: Record<string, string> = {}) => ({
    taskRef,
    order: String(order),
    name: `Bước ${order}`,
    kind: "Xử lý, dự thảo",
    ownerCode,
    deadline: "2026-02-12",
    completedOn: "",
    result: "",
    ...over,
  });
  const rows = (tasks: ReturnType<typeof task>[], steps: ReturnType<typeof step>[]) => ({
    kind: "rows" as const,
    rows: { tasks, steps },
  });

  it("brings in past work classified as the days it happened, across Tết, with its signals, once", async () => {
    const open = unique("VB-");
    const late = unique("VB-");
    const input = rows(
      [task(open), task(late, { deadline: "2026-02-10", completedOn: "2026-02-10", result: "Đã xong" })],
      [
        step(open, 1),
        // Due Friday 06/02, done Monday 09/02: one working day late.
        step(late, 1, { deadline: "2026-02-06", completedOn: "2026-02-09", result: "Đã dự thảo" }),
        step(late, 2, { deadline: "2026-02-10", completedOn: "2026-02-10" }),
      ],
    );
    const done = await importTasks(tccb, input, { dryRun: false }, now);
    expect(done.report.errorCount).toBe(0);
    expect(done.status).toBe("APPLIED");

    const openTask = await testDb.prisma.task.findFirstOrThrow({
      where: { importRef: open },
      include: { steps: true },
    });
    expect(openTask).toMatchObject({ importId: done.id, status: "OPEN", priority: "HIGH" });
    // Due Thursday 12/02; by Thursday 26/02, 13/02 and 23–26/02 are working days: Tết's week is not.
    expect(classifyItem(openTask.steps[0], calendar, policy, now)).toMatchObject({
      category: "OVERDUE",
      workingDaysOverdue: 5,
    });
    const signals = await testDb.prisma.signal.findMany({ where: { taskId: openTask.id } });
    expect(signals.map((s) => s.kind)).toContain("OVERDUE_NO_EXTENSION");

    const lateTask = await testDb.prisma.task.findFirstOrThrow({
      where: { importRef: late },
      include: { steps: { orderBy: { order: "asc" } } },
    });
    expect(lateTask.status).toBe("COMPLETED");
    expect(lateTask.steps.map((s) => s.status)).toEqual(["DONE", "DONE"]);
    expect(classifyItem(lateTask.steps[0], calendar, policy, now)).toMatchObject({
      category: "DONE_LATE",
      workingDaysLate: 1,
    });
    expect(classifyItem(lateTask.steps[1], calendar, policy, now)).toMatchObject({ category: "DONE_ON_TIME" });
    const created = await testDb.prisma.event.findFirstOrThrow({
      where: { taskId: lateTask.id, kind: "TASK_CREATED" },
    });
    expect(created.payload).toMatchObject({ importId: done.id, importRef: late });

    const again = await importTasks(tccb, input, { dryRun: false }, now);
    expect(again.report.sheets[0].counts).toMatchObject({ NEW: 0, UNCHANGED: 2 });
    expect(await testDb.prisma.task.count({ where: { importRef: { in: [open, late] } } })).toBe(2);
  });

  it("names each bad row, applies nothing, and refuses anyone but admin and TCCB", async () => {
    const ref = unique("VB-");
    const input = rows(
      [
        task(ref, { directiveNumber: "999/KHONG-CO" }),
        task(unique("VB-")),
        task(ref),
        task(unique("VB-"), { completedOn: "2026-03-20", result: "Xong" }),
      ],
      [step(ref, 1, { ownerCode: "CB-KHONG-CO" }), step(ref, 1)],
    );
    const done = await importTasks(tccb, input, { dryRun: false }, now);
    expect(done.status).toBe("REFUSED");
    const [t, s] = done.report.sheets;
    expect(t.rows[0].errors.map((e) => e.message)).toContain(
      "Không có văn bản số 999/KHONG-CO trong hệ thống: hãy thêm văn bản chỉ đạo trước.",
    );
    expect(t.rows[1].errors[0].message).toContain("không có bước nào");
    expect(t.rows[2].errors[0].message).toContain("trùng với dòng 1");
    expect(t.rows[3].errors.map((e) => e.message)).toContain("Ngày hoàn thành 2026-03-20 ở tương lai.");
    expect(s.rows[0].errors[0].message).toContain("Không có cán bộ mã CB-KHONG-CO");
    expect(s.rows[1].errors[0].message).toContain("Thứ tự 1 trùng với bước ở dòng 1");
    expect(await testDb.prisma.task.count({ where: { importRef: ref } })).toBe(0);

    const staff = { ...tree.people.dongDaStaff.actor, locale: "vi" as const };
    await expect(importTasks(staff, input, { dryRun: true }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("undoes a whole import while nobody has acted on it, and not once someone has", async () => {
    const a = unique("VB-");
    const b = unique("VB-");
    const dry = await importTasks(tccb, rows([task(a), task(b)], [step(a, 1), step(b, 1)]), { dryRun: true }, now);
    expect(dry.status).toBe("DRY_RUN");
    expect(await testDb.prisma.task.count({ where: { importRef: a } })).toBe(0);
    await applyTasksDryRun(tccb, dry.id, now);
    const undone = await undoTaskImport(tccb, dry.id, now);
    expect(undone.tasks).toBe(2);
    const tasks = await testDb.prisma.task.findMany({ where: { importId: dry.id } });
    expect(tasks.map((t) => t.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(
      await testDb.prisma.event.count({ where: { taskId: { in: tasks.map((t) => t.id) }, kind: "IMPORT_UNDONE" } }),
    ).toBe(2);
    await expect(undoTaskImport(tccb, dry.id, now)).rejects.toMatchObject({ code: "INVALID_STATE" });

    // Undone, the codes are free: the same rows come in again, and the owner starts one.
    const again = await importTasks(tccb, rows([task(a), task(b)], [step(a, 1), step(b, 1)]), { dryRun: false }, now);
    expect(again.report.sheets[0].counts.NEW).toBe(2);
    const stepOfA = await testDb.prisma.taskStep.findFirstOrThrow({
      where: { task: { importId: again.id, importRef: a } },
    });
    await startStep(tree.people.dongDaStaff.actor, { stepId: stepOfA.id, expectedVersion: stepOfA.version }, now);
    await expect(undoTaskImport(tccb, again.id, now)).rejects.toThrow(/đã có người xử lý công việc/);
    expect(await testDb.prisma.task.count({ where: { importId: again.id, status: "CANCELLED" } })).toBe(0);
  });

  it("refuses a date typed as text in a spreadsheet, with its cell", async () => {
    const ref = unique("VB-");
    const wb = new ExcelJS.Workbook();
    const tasks = wb.addWorksheet("Công việc");
    tasks.addRow([
      "Mã công việc",
      "Số hiệu văn bản",
      "Điểm, mục",
      "Tên công việc",
      "Mã đơn vị chủ trì",
      "Hạn hoàn thành",
    ]);
    tasks.addRow([ref, number, "", `Rà soát hồ sơ ${ref}`, leadCode, "12/02/2026"]);
    const steps = wb.addWorksheet("Các bước");
    steps.addRow(["Mã công việc", "Thứ tự", "Tên bước", "Loại bước", "Mã cán bộ phụ trách", "Hạn của bước"]);
    steps.addRow([ref, 1, "Xử lý", "", ownerCode, new Date("2026-02-12T00:00:00Z")]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const done = await importTasks(tccb, { kind: "file", fileName: "ton-dong.xlsx", bytes }, { dryRun: true }, now);
    expect(done.report.fileErrors).toEqual([]);
    expect(done.report.sheets[0].rows[0].errors[0]).toMatchObject({ column: "F" });
    expect(done.report.sheets[0].rows[0].errors[0].message).toContain('Ô F2 ghi ngày "12/02/2026" dưới dạng chữ');
    expect(done.report.sheets[1].rows[0].errors).toEqual([]);
  });
});
