import { isLocalDate, type TLocalDate } from "@/lib/domain/calendar";
import { msg } from "@/lib/i18n/message";
import type { TStepImportRow, TTaskImportRow } from "@/lib/schemas/imports";
import type { priorities } from "@/lib/schemas/priorities";
import type { stepKinds } from "@/lib/schemas/step-kinds";

type TPriority = (typeof priorities)[number];
type TStepKind = (typeof stepKinds)[number];
import { singleLineText, multiLineText } from "@/lib/schemas/text";
import { vm } from "@/lib/i18n/validation";
import { check, firstRows, required, result, word, type TRowError, type TRowResult } from "./import-rows";

// What importing an office's backlog would do: each task row with its steps, decided before
// anything is written. Deadlines may lie months back: that is the point of the import, and the
// tasks are classified as the days they happened (classifyItem on the stored deadline and
// completion), not as the day of the import. A task already brought in by an import that
// stands (by its code, `ref`) is left as it is: importing the file again adds nothing.

export type TTaskImportVocabulary = {
  priority: ReadonlyMap<string, TPriority>;
  stepKind: ReadonlyMap<string, TStepKind>;
};
export type TTaskImportContext = {
  directives: ReadonlyMap<string, { id: string }>;
  units: ReadonlyMap<string, { id: string; closedAt: Date | null }>;
  people: ReadonlyMap<string, { id: string; unitId: string; isActive: boolean; name: string }>;
  /** Codes of tasks that an applied (not undone) import already brought in. */
  importedRefs: ReadonlySet<string>;
  vocabulary: TTaskImportVocabulary;
  /** Today in Asia/Ho_Chi_Minh: nothing can have been completed after it. */
  today: TLocalDate;
};

export type TImportedStep = {
  order: number;
  name: string;
  kind: TStepKind;
  ownerId: string;
  unitId: string;
  deadline: TLocalDate;
  completedOn: TLocalDate | null;
  result: string | null;
};
export type TImportedTask = {
  row: number;
  ref: string;
  directiveId: string;
  point: string | null;
  title: string;
  leadUnitId: string;
  deadline: TLocalDate;
  completedOn: TLocalDate | null;
  result: string | null;
  priority: TPriority;
  steps: TImportedStep[];
};
export type TTasksImportPlan = {
  tasks: TRowResult[];
  steps: TRowResult[];
  errorCount: number;
  writes: TImportedTask[];
};

const ZRef = singleLineText("importRef").min(1).max(50, vm("imports.refMax"));
const ZTitle = singleLineText("taskTitle").min(5, vm("task.titleMin")).max(500, vm("task.titleMax"));
const ZPoint = singleLineText("point").max(20, vm("task.pointMax"));
const ZStepName = singleLineText("stepName").min(2).max(200);
const ZResult = multiLineText("result").max(4000);

function day(value: string, field: string, errors: TRowError[], today: TLocalDate, past: boolean): TLocalDate | null {
  const v = value.trim();
  if (v === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !isLocalDate(v)) {
    errors.push({ field, message: msg("imports.error.badDate", { value: v }) });
    return null;
  }
  if (past && v > today) errors.push({ field, message: msg("imports.error.completedInFuture", { value: v }) });
  return v;
}

/** Decides every task and step row. Pure: the caller reads the context and writes `writes` if `errorCount` is 0. */
export function planTasksImport(input: {
  taskRows: readonly TTaskImportRow[];
  stepRows: readonly TStepImportRow[];
  context: TTaskImportContext;
  cellErrors?: { tasks: ReadonlyMap<number, TRowError[]>; steps: ReadonlyMap<number, TRowError[]> };
}): TTasksImportPlan {
  const { context } = input;
  const firstTaskRow = firstRows(input.taskRows, (r) => r.ref.trim());
  const stepsOf = new Map<string, TStepImportRow[]>();
  for (const s of input.stepRows) stepsOf.set(s.taskRef.trim(), [...(stepsOf.get(s.taskRef.trim()) ?? []), s]);

  // Steps first: a task with a bad step is not written, and says so.
  const stepErrors = new Map<number, TRowError[]>();
  const parsedSteps = new Map<number, TImportedStep>();
  const taskRefs = new Set(input.taskRows.map((r) => r.ref.trim()));
  for (const s of input.stepRows) {
    const errors: TRowError[] = [...(input.cellErrors?.steps.get(s.row) ?? [])];
    stepErrors.set(s.row, errors);
    const taskRef = s.taskRef.trim();
    if (required(taskRef, "taskRef", errors) && !taskRefs.has(taskRef)) {
      errors.push({ field: "taskRef", message: msg("imports.error.stepWithoutTask", { ref: taskRef }) });
    }
    const order = /^\d{1,2}$/.test(s.order.trim()) ? Number(s.order.trim()) : NaN;
    if (required(s.order, "order", errors) && !(order >= 1 && order <= 30)) {
      errors.push({ field: "order", message: msg("imports.error.badOrder", { value: s.order }) });
    }
    const name = required(s.name, "name", errors) ? check(ZStepName, s.name, "name", errors) : undefined;
    const kind = s.kind.trim() === "" ? "HANDLE" : word(s.kind, context.vocabulary.stepKind, "kind", errors);
    let owner: { id: string; unitId: string } | undefined;
    if (required(s.ownerCode, "ownerCode", errors)) {
      const found = context.people.get(s.ownerCode.trim());
      if (!found)
        errors.push({ field: "ownerCode", message: msg("imports.error.unknownPerson", { code: s.ownerCode.trim() }) });
      else if (!found.isActive)
        errors.push({ field: "ownerCode", message: msg("imports.error.inactivePerson", { name: found.name }) });
      else owner = found;
    }
    const deadline = required(s.deadline, "deadline", errors)
      ? day(s.deadline, "deadline", errors, context.today, false)
      : null;
    const completedOn = day(s.completedOn, "completedOn", errors, context.today, true);
    const stepResult = check(ZResult, s.result, "result", errors);
    if (errors.length === 0 && name && kind && owner && deadline && stepResult !== undefined) {
      parsedSteps.set(s.row, {
        order,
        name,
        kind,
        ownerId: owner.id,
        unitId: owner.unitId,
        deadline,
        completedOn,
        result: stepResult.trim() || null,
      });
    }
  }
  // The same place twice in one task.
  for (const [, steps] of stepsOf) {
    const first = firstRows(steps, (s) => s.order.trim());
    for (const s of steps) {
      const at = first.get(s.order.trim());
      if (at !== undefined && at !== s.row) {
        stepErrors
          .get(s.row)!
          .push({ field: "order", message: msg("imports.error.duplicateOrder", { order: s.order, row: at }) });
        parsedSteps.delete(s.row);
      }
    }
  }

  const writes: TImportedTask[] = [];
  const tasks = input.taskRows.map((r) => {
    const errors: TRowError[] = [...(input.cellErrors?.tasks.get(r.row) ?? [])];
    const ref = required(r.ref, "ref", errors) ? check(ZRef, r.ref.trim(), "ref", errors) : undefined;
    if (ref && firstTaskRow.get(ref) !== r.row) {
      errors.push({
        field: "ref",
        message: msg("imports.error.duplicateCode", { code: ref, row: firstTaskRow.get(ref)! }),
      });
    }
    const directive = required(r.directiveNumber, "directiveNumber", errors)
      ? context.directives.get(r.directiveNumber.trim())
      : undefined;
    if (r.directiveNumber.trim() && !directive) {
      errors.push({
        field: "directiveNumber",
        message: msg("imports.error.unknownDirective", { number: r.directiveNumber.trim() }),
      });
    }
    const title = required(r.title, "title", errors) ? check(ZTitle, r.title, "title", errors) : undefined;
    const point = check(ZPoint, r.point, "point", errors);
    const lead = required(r.leadUnitCode, "leadUnitCode", errors)
      ? context.units.get(r.leadUnitCode.trim())
      : undefined;
    if (r.leadUnitCode.trim() && !lead) {
      errors.push({
        field: "leadUnitCode",
        message: msg("imports.error.unknownUnit", { code: r.leadUnitCode.trim() }),
      });
    } else if (lead?.closedAt) {
      errors.push({
        field: "leadUnitCode",
        message: msg("imports.error.personUnitClosed", { code: r.leadUnitCode.trim() }),
      });
    }
    const deadline = required(r.deadline, "deadline", errors)
      ? day(r.deadline, "deadline", errors, context.today, false)
      : null;
    const completedOn = day(r.completedOn, "completedOn", errors, context.today, true);
    const taskResult = check(ZResult, r.result, "result", errors);
    if (completedOn && taskResult !== undefined && taskResult.trim() === "") {
      errors.push({ field: "result", message: msg("imports.error.resultRequired") });
    }
    const priority =
      r.priority.trim() === "" ? "NORMAL" : word(r.priority, context.vocabulary.priority, "priority", errors);
    const rows = ref ? (stepsOf.get(ref) ?? []) : [];
    if (ref && rows.length === 0)
      errors.push({ field: "ref", message: msg("imports.error.taskWithoutSteps", { ref }) });
    const badStep = rows.find((s) => !parsedSteps.has(s.row));
    if (badStep) errors.push({ field: "ref", message: msg("imports.error.stepRowInvalid", { row: badStep.row }) });
    const steps = rows
      .map((s) => parsedSteps.get(s.row))
      .filter((s): s is TImportedStep => s !== undefined)
      .sort((a, b) => a.order - b.order);
    if (!badStep && completedOn && steps.some((s) => !s.completedOn)) {
      errors.push({ field: "completedOn", message: msg("imports.error.completedWithOpenSteps") });
    }
    if (!badStep && !completedOn && steps.length > 0 && steps.every((s) => s.completedOn)) {
      errors.push({ field: "completedOn", message: msg("imports.error.stepsDoneTaskOpen") });
    }
    const key = r.ref.trim();
    if (errors.length > 0 || !ref || !directive || !title || point === undefined || !lead || !deadline || !priority) {
      return result(r.row, key, errors, true, []);
    }
    if (context.importedRefs.has(ref)) return result(r.row, key, errors, false, []);
    writes.push({
      row: r.row,
      ref,
      directiveId: directive.id,
      point: point || null,
      title,
      leadUnitId: lead.id,
      deadline,
      completedOn,
      result: taskResult?.trim() || null,
      priority,
      steps,
    });
    return result(r.row, key, errors, true, []);
  });

  const taskFate = new Map(tasks.map((t) => [t.key, t.fate]));
  const steps = input.stepRows.map((s) => {
    const errors = stepErrors.get(s.row)!;
    const fate = taskFate.get(s.taskRef.trim());
    return result(s.row, `${s.taskRef.trim()} #${s.order}`, errors, fate !== "UNCHANGED", []);
  });
  const errorCount = [...tasks, ...steps].reduce((n, r) => n + r.errors.length, 0);
  return { tasks, steps, errorCount, writes };
}
