import "server-only";
import type { TSheetSpec } from "./read-import-workbook";

export type TTaskField =
  "ref" | "directiveNumber" | "point" | "title" | "leadUnitCode" | "deadline" | "completedOn" | "result" | "priority";
export type TStepField = "taskRef" | "order" | "name" | "kind" | "ownerCode" | "deadline" | "completedOn" | "result";

/** The tasks sheet of the backlog template, in its column order. Dates are Excel dates. */
export const TASKS_SHEET: TSheetSpec<TTaskField, "tasks"> = {
  key: "tasks",
  name: "imports.sheet.tasks",
  columns: [
    { field: "ref", heading: "imports.column.ref", required: true },
    { field: "directiveNumber", heading: "imports.column.directiveNumber", required: true },
    { field: "point", heading: "imports.column.point", required: false },
    { field: "title", heading: "imports.column.taskTitle", required: true },
    { field: "leadUnitCode", heading: "imports.column.leadUnitCode", required: true },
    { field: "deadline", heading: "imports.column.deadline", required: true, date: true },
    { field: "completedOn", heading: "imports.column.completedOn", required: false, date: true },
    { field: "result", heading: "imports.column.result", required: false },
    { field: "priority", heading: "imports.column.priority", required: false },
  ],
};

/** The steps sheet: each step names its task by the task's code. */
export const STEPS_SHEET: TSheetSpec<TStepField, "steps"> = {
  key: "steps",
  name: "imports.sheet.steps",
  columns: [
    { field: "taskRef", heading: "imports.column.taskRef", required: true },
    { field: "order", heading: "imports.column.order", required: true },
    { field: "name", heading: "imports.column.stepName", required: true },
    { field: "kind", heading: "imports.column.stepKind", required: false },
    { field: "ownerCode", heading: "imports.column.ownerCode", required: true },
    { field: "deadline", heading: "imports.column.stepDeadline", required: true, date: true },
    { field: "completedOn", heading: "imports.column.completedOn", required: false, date: true },
    { field: "result", heading: "imports.column.result", required: false },
  ],
};
