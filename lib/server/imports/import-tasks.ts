import "server-only";
import { randomUUID } from "node:crypto";
import { endOfLocalDay, localDateOf, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TRowError } from "@/lib/domain/imports/import-rows";
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
import type { TImporter } from "./import-people";
import { taskImportVocabulary } from "./import-vocabulary";
import { readImportWorkbook, type TFileError } from "./read-import-workbook";
import { STEPS_SHEET, TASKS_SHEET } from "./task-import-sheets";

/** An uploaded .xlsx, or rows sent as JSON (numbered from 1 in the order sent). */
export type TTaskImportSource =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | {
      kind: "rows";
      rows: { tasks: Array<Omit<TTaskImportRow, "row">>; steps: Array<Omit<TStepImportRow, "row">> };
    };

type TRead = {
  rows: TTaskImportRows;
  fileErrors: TFileError[];
  cellErrors: { tasks: Map<number, TRowError[]>; steps: Map<number, TRowError[]> };
  columns: { tasks: Record<string, string> | null; steps: Record<string, string> | null };
};

const TX = { timeout: 5 * 60_000, maxWait: 60_000 };
/** A day's completion, as a spreadsheet gives it: noon that day (so on the deadline's day is on time). */
const completedAtOf = (day: TLocalDate) => new Date(startOfLocalDay(day).getTime() + 12 * 3_600_000);

async function readSource(source: TTaskImportSource): Promise<TRead> {
  if (source.kind === "rows") {
    return {
      rows: {
        tasks: source.rows.tasks.map((r, i) => ({ ...r, row: i + 1 })),
        steps: source.rows.steps.map((r, i) => ({ ...r, row: i + 1 })),
      },
      fileErrors: [],
      cellErrors: { tasks: new Map(), steps: new Map() },
      columns: { tasks: null, steps: null },
    };
  }
  const { sheets, fileErrors } = await readImportWorkbook(source.bytes, [TASKS_SHEET, STEPS_SHEET] as const);
  const tasks = sheets.tasks;
  const steps = sheets.steps;
  return {
    rows: {
      tasks: (tasks?.rows ?? []) as TTaskImportRows["tasks"],
      steps: (steps?.rows ?? []) as TTaskImportRows["steps"],
    },
    fileErrors,
    cellErrors: { tasks: tasks?.cellErrors ?? new Map(), steps: steps?.cellErrors ?? new Map() },
    columns: { tasks: tasks?.columns ?? null, steps: steps?.columns ?? null },
  };
}

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
  const { context, numberOf } = await loadContext(tx, read.rows, now);
  const plan = planTasksImport({
    taskRows: read.rows.tasks,
    stepRows: read.rows.steps,
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
  const read = await readSource(source);
  const id = randomUUID();
  const sourceName = source.kind === "file" ? source.fileName : "api";
  const stored = {
    tasks: read.rows.tasks,
    steps: read.rows.steps,
    columns: read.columns,
  } as unknown as Prisma.InputJsonValue;
  if (options.dryRun || read.fileErrors.length > 0) {
    const { report } = await decide(db, read, actor.locale, now);
    const status = options.dryRun ? ("DRY_RUN" as const) : ("REFUSED" as const);
    await db.import.create({
      data: { id, kind: "TASKS", status, source: sourceName, actorId: actor.id, createdAt: now, rows: stored, report },
    });
    return { id, status, report };
  }
  return applyTasks(actor, read, { id, source: sourceName, stored, existing: false }, now);
}

/** Applies a backlog dry run as it was previewed, its rows decided again now. */
export async function applyTasksDryRun(actor: TImporter, importId: string, now: Date) {
  assertTaskImporter(actor);
  const found = await db.import.findUnique({
    where: { id: importId },
    select: { kind: true, status: true, source: true, rows: true },
  });
  if (!found || found.kind !== "TASKS") throw new DomainError("NOT_FOUND", msg("errors.importNotFound"));
  if (found.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
  const stored = found.rows as unknown as TTaskImportRows & { columns: TRead["columns"] };
  const read: TRead = {
    rows: { tasks: stored.tasks, steps: stored.steps },
    fileErrors: [],
    cellErrors: { tasks: new Map(), steps: new Map() },
    columns: stored.columns,
  };
  return applyTasks(
    actor,
    read,
    { id: importId, source: found.source, stored: found.rows as Prisma.InputJsonValue, existing: true },
    now,
  );
}

async function applyTasks(
  actor: TImporter,
  read: TRead,
  target: { id: string; source: string; stored: Prisma.InputJsonValue; existing: boolean },
  now: Date,
): Promise<{ id: string; status: "APPLIED" | "REFUSED"; report: TImportReport }> {
  return writeTaskChange(
    now,
    async (tx) => {
      // One import of the backlog at a time: two at once could each find a code not yet imported.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trach-nhiem:task-import'))`;
      if (target.existing) {
        const current = await tx.import.findUnique({ where: { id: target.id }, select: { status: true } });
        if (current?.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
      }
      const { plan, report, numberOf } = await decide(tx, read, actor.locale, now);
      const status = report.errorCount === 0 ? ("APPLIED" as const) : ("REFUSED" as const);
      const data = { status, report, appliedAt: status === "APPLIED" ? now : null };
      // The import first: the tasks name it.
      if (target.existing) await tx.import.update({ where: { id: target.id }, data });
      else
        await tx.import.create({
          data: {
            ...data,
            id: target.id,
            kind: "TASKS",
            source: target.source,
            actorId: actor.id,
            createdAt: now,
            rows: target.stored,
          },
        });
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
    TX,
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
    TX,
  );
}
