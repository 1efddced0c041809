import "server-only";
import { randomUUID } from "node:crypto";
import { endOfLocalDay, localDateOf, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import { planTasksImport, type TImportedTask, type TTaskImportContext } from "@/lib/domain/imports/plan-tasks-import";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import type { TStepImportRow, TTaskImportRow, TTaskImportRows } from "@/lib/schemas/imports";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange, type TTaskTx } from "@/lib/server/events/write-task-change";
import { assertTaskImporter } from "./assert-importer";
import { buildImportReport, sheetName, type TImportReport } from "./import-report";
import { taskImportVocabulary } from "./import-vocabulary";
import {
  IMPORT_TX,
  assertStillDryRun,
  keepAppliedImport,
  keepUnappliedImport,
  loadDryRun,
  readImportSource,
  storedImportRows,
  type TImportRead,
  type TImporter,
  type TImportSource,
} from "./import-source";
import { STEPS_SHEET, TASKS_SHEET } from "./task-import-sheets";

type TRow = TTaskImportRow | TStepImportRow;
type TRead = TImportRead<"tasks" | "steps", TRow>;
export type TTaskImportSource = TImportSource<{
  tasks: Array<Omit<TTaskImportRow, "row">>;
  steps: Array<Omit<TStepImportRow, "row">>;
}>;
const SHEETS = [TASKS_SHEET, STEPS_SHEET] as const;

/** A day's completion, as a spreadsheet gives it: noon that day (so on the deadline's day is on time). */
const completedAtOf = (day: TLocalDate) => new Date(startOfLocalDay(day).getTime() + 12 * 3_600_000);
const rowsOf = (read: TRead) => read.rows as unknown as TTaskImportRows;

async function loadContext(tx: Prisma.TransactionClient, rows: TTaskImportRows, now: Date) {
  const numbers = [...new Set(rows.tasks.map((r) => r.directiveNumber.trim()))];
  const unitCodes = [...new Set(rows.tasks.map((r) => r.leadUnitCode.trim()))];
  const codes = [...new Set(rows.steps.map((r) => r.ownerCode.trim()))];
  const refs = [...new Set(rows.tasks.map((r) => r.ref.trim()))];
  const [directives, units, people, imported] = await Promise.all([
    tx.directive.findMany({ where: { number: { in: numbers } }, select: { id: true, number: true } }),
    tx.unit.findMany({ where: { code: { in: unitCodes } }, select: { id: true, code: true, closedAt: true } }),
    tx.user.findMany({
      where: { employeeCode: { in: codes } },
      select: { id: true, employeeCode: true, unitId: true, isActive: true, name: true },
    }),
    tx.task.findMany({
      where: { importRef: { in: refs }, import: { status: "APPLIED" } },
      select: { importRef: true },
    }),
  ]);
  const context: TTaskImportContext = {
    directives: new Map(directives.map((d) => [d.number, d])),
    units: new Map(units.map((u) => [u.code, u])),
    people: new Map(people.map((p) => [p.employeeCode!, p])),
    importedRefs: new Set(imported.map((t) => t.importRef!)),
    vocabulary: taskImportVocabulary(),
    today: localDateOf(now),
  };
  return { context, numberOf: new Map(directives.map((d) => [d.id, d.number])) };
}

async function decide(tx: Prisma.TransactionClient, read: TRead, locale: TLocale, now: Date) {
  const rows = rowsOf(read);
  const { context, numberOf } = await loadContext(tx, rows, now);
  const plan = planTasksImport({
    taskRows: rows.tasks,
    stepRows: rows.steps,
    context,
    cellErrors: read.cellErrors,
  });
  const report = buildImportReport(locale, read.fileErrors, [
    { key: "tasks", name: sheetName(locale, "tasks"), rows: plan.tasks, columns: read.columns.tasks },
    { key: "steps", name: sheetName(locale, "steps"), rows: plan.steps, columns: read.columns.steps },
  ]);
  return { plan, report, numberOf };
}

/**
 * Imports the backlog: tasks with their steps, owners, past deadlines, completion days and
 * results. Dry run, or in one transaction (writeTaskChange: the signals of every imported task
 * are computed before it commits) all or nothing, as importPeople. Each task is marked with the
 * import and its code in the file; a task an applied import already brought in is skipped.
 */
export async function importTasks(
  actor: TImporter,
  source: TTaskImportSource,
  options: { dryRun: boolean },
  now: Date,
): Promise<{ id: string; status: "DRY_RUN" | "APPLIED" | "REFUSED"; report: TImportReport }> {
  assertTaskImporter(actor);
  const read = await readImportSource<"tasks" | "steps", TRow>(source, SHEETS);
  const target = {
    id: randomUUID(),
    source: source.kind === "file" ? source.fileName : "api",
    rows: storedImportRows(read),
  };
  if (options.dryRun || read.fileErrors.length > 0) {
    const { report } = await decide(db, read, actor.locale, now);
    return keepUnappliedImport(actor, { ...target, kind: "TASKS", dryRun: options.dryRun, report }, now);
  }
  return applyTasks(actor, read, { ...target, existing: false }, now);
}

/** Applies a backlog dry run as it was previewed, its rows decided again now; once. */
export async function applyTasksDryRun(actor: TImporter, importId: string, now: Date) {
  assertTaskImporter(actor);
  const { source, stored, read } = await loadDryRun<"tasks" | "steps", TRow>("TASKS", importId, ["tasks", "steps"]);
  return applyTasks(actor, read, { id: importId, source, rows: stored, existing: true }, now);
}

async function applyTasks(
  actor: TImporter,
  read: TRead,
  target: { id: string; source: string; rows: Prisma.InputJsonValue; existing: boolean },
  now: Date,
): Promise<{ id: string; status: "APPLIED" | "REFUSED"; report: TImportReport }> {
  return writeTaskChange(
    now,
    async (tx) => {
      // One import of the backlog at a time: two at once could each find a code not yet imported.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trach-nhiem:task-import'))`;
      if (target.existing) await assertStillDryRun(tx, target.id);
      const { plan, report, numberOf } = await decide(tx, read, actor.locale, now);
      // The import first: the tasks name it.
      const status = await keepAppliedImport(tx, actor, { ...target, kind: "TASKS" }, report, now);
      if (status === "APPLIED") {
        for (const task of plan.writes)
          await writeImportedTask(tx, task, {
            actorId: actor.id,
            importId: target.id,
            now,
            number: numberOf.get(task.directiveId)!,
          });
      }
      return { id: target.id, status, report };
    },
    IMPORT_TX,
  );
}

/** One imported task: its row, its steps as they stand, TASK_CREATED naming the import, STEP_ASSIGNED for each open step. */
async function writeImportedTask(
  tx: TTaskTx,
  t: TImportedTask,
  meta: { actorId: string; importId: string; now: Date; number: string },
) {
  const deadline = endOfLocalDay(t.deadline);
  const firstOpen = t.steps.find((s) => !s.completedOn);
  const status = t.completedOn ? "COMPLETED" : t.steps.some((s) => s.completedOn) ? "IN_PROGRESS" : "OPEN";
  const task = await tx.task.create({
    data: {
      title: t.title,
      point: t.point,
      directiveId: t.directiveId,
      leadUnitId: t.leadUnitId,
      assignerId: meta.actorId,
      priority: t.priority,
      deadline,
      originalDeadline: deadline,
      status,
      completedAt: t.completedOn ? completedAtOf(t.completedOn) : null,
      result: t.result,
      searchText: normalizeSearchText(t.title, t.point, meta.number),
      createdAt: meta.now,
      importId: meta.importId,
      importRef: t.ref,
    },
    select: { id: true },
  });
  await recordTaskEvent(tx, {
    kind: "TASK_CREATED",
    actorId: meta.actorId,
    at: meta.now,
    taskId: task.id,
    directiveId: t.directiveId,
    payload: {
      point: t.point,
      leadUnitId: t.leadUnitId,
      coordinatingUnitIds: [],
      deadline: deadline.toISOString(),
      parentTaskId: null,
      templateId: null,
      importId: meta.importId,
      importRef: t.ref,
    },
  });
  for (const s of t.steps) {
    const stepDeadline = endOfLocalDay(s.deadline);
    const completedAt = s.completedOn ? completedAtOf(s.completedOn) : null;
    const step = await tx.taskStep.create({
      data: {
        taskId: task.id,
        order: s.order,
        name: s.name,
        kind: s.kind,
        ownerId: s.ownerId,
        unitId: s.unitId,
        deadline: stepDeadline,
        originalDeadline: stepDeadline,
        status: completedAt ? "DONE" : s === firstOpen ? "TODO" : "PENDING",
        completedAt,
        result: s.result,
        lastActivityAt: completedAt ?? meta.now,
        createdAt: meta.now,
      },
      select: { id: true },
    });
    if (!completedAt) {
      await recordTaskEvent(tx, {
        kind: "STEP_ASSIGNED",
        actorId: meta.actorId,
        at: meta.now,
        taskId: task.id,
        stepId: step.id,
        payload: { to: s.ownerId, toUnitId: s.unitId, deadline: stepDeadline.toISOString() },
      });
    }
  }
}

/**
 * Takes an applied backlog import back as a whole, while nobody has acted on any of its tasks
 * (no event on them but those the import wrote): each task is cancelled with an IMPORT_UNDONE
 * event, so it leaves every list and count, and its code may be imported again. Tasks are never
 * deleted: the audit trail keeps that they were imported and undone.
 */
export async function undoTaskImport(actor: TImporter, importId: string, now: Date) {
  assertTaskImporter(actor);
  return writeTaskChange(
    now,
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trach-nhiem:task-import'))`;
      const found = await tx.import.findUnique({ where: { id: importId }, select: { kind: true, status: true } });
      if (!found || found.kind !== "TASKS") throw new DomainError("NOT_FOUND", msg("errors.importNotFound"));
      if (found.status !== "APPLIED") throw new DomainError("INVALID_STATE", msg("errors.importNotApplied"));
      const tasks = await tx.task.findMany({ where: { importId }, select: { id: true, title: true } });
      const ids = tasks.map((t) => t.id);
      const acted = await tx.event.findFirst({
        where: { taskId: { in: ids }, kind: { notIn: ["TASK_CREATED", "STEP_ASSIGNED"] } },
        orderBy: { seq: "asc" },
        select: { taskId: true, actor: { select: { name: true } } },
      });
      if (acted) {
        const title = tasks.find((t) => t.id === acted.taskId)?.title ?? "";
        throw new DomainError("INVALID_STATE", msg("errors.importActedOn", { title, name: acted.actor?.name ?? "" }));
      }
      await tx.task.updateMany({ where: { importId }, data: { status: "CANCELLED" } });
      for (const id of ids) {
        await recordTaskEvent(tx, {
          kind: "IMPORT_UNDONE",
          actorId: actor.id,
          at: now,
          taskId: id,
          payload: { importId },
        });
      }
      await tx.import.update({
        where: { id: importId },
        data: { status: "UNDONE", undoneAt: now, undoneById: actor.id },
      });
      return { id: importId, tasks: ids.length };
    },
    IMPORT_TX,
  );
}
