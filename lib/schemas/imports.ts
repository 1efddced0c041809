import { z } from "zod";
import { vm } from "@/lib/i18n/validation";

// The rows of an import as read from a spreadsheet or sent as JSON: every cell as the text it
// holds (a code typed as a number in Excel is its digits), checked field by field by the plan
// (lib/domain/imports), which names each bad cell by its row and column rather than refusing
// the whole request.

/** A cell's text. Its content is checked by the plan; here only that it is text of a sane size. */
const cell = z.string(vm("imports.cellText")).max(1000, vm("imports.cellTooLong"));
const optionalCell = cell.default("");

/** A unit row: its code (the match key), name, short name, level and its parent's code. */
export const ZUnitImportRow = z.strictObject({
  code: cell,
  name: cell,
  shortName: optionalCell,
  level: cell,
  parentCode: optionalCell,
});
/** A person row: employee code (the match key), name, e-mail, unit code, position, title and roles (comma-separated). */
export const ZPersonImportRow = z.strictObject({
  employeeCode: cell,
  name: cell,
  email: cell,
  unitCode: cell,
  position: cell,
  title: optionalCell,
  roles: z.union([
    cell,
    z
      .array(cell)
      .max(5)
      .transform((r) => r.join(", ")),
  ]),
});

export const MAX_IMPORT_UNITS = 5000;
export const MAX_IMPORT_PEOPLE = 50_000;

/** POST /api/v1/imports/people with JSON rows: units and people, either list may be empty but not both. */
export const ZPeopleImportRows = z
  .strictObject({
    units: z.array(ZUnitImportRow).max(MAX_IMPORT_UNITS, vm("imports.tooManyRows")).default([]),
    people: z.array(ZPersonImportRow).max(MAX_IMPORT_PEOPLE, vm("imports.tooManyRows")).default([]),
  })
  .refine((v) => v.units.length + v.people.length > 0, vm("imports.noRows"));

export type TUnitImportRow = z.output<typeof ZUnitImportRow> & { row: number };
export type TPersonImportRow = z.output<typeof ZPersonImportRow> & { row: number };
export type TPeopleImportRows = { units: TUnitImportRow[]; people: TPersonImportRow[] };

export const ZImportQuery = z.object({
  dryRun: z.enum(["true", "false"], vm("imports.dryRunFlag")).default("false"),
});
export const ZImportRef = z.object({ id: z.uuid() });

/** The largest file an import takes: 20,000 people fill about 1.5 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The upload form: one .xlsx file, checked in the browser and again by the action. */
export const ZImportUpload = z.object({
  file: z
    .instanceof(File, vm("imports.chooseFile"))
    .refine((f) => f.size > 0, vm("imports.chooseFile"))
    .refine((f) => f.size <= MAX_IMPORT_BYTES, vm("imports.fileTooLarge"))
    .refine((f) => /\.xlsx$/i.test(f.name), vm("imports.xlsxOnly")),
});

/** Applying a dry run from its page. */
export const ZApplyImport = z.object({ importId: z.uuid(vm("imports.badImport")) });

/** The imports page's query string: the page of the history; anything else is ignored. */
export const ZImportListQuery = z.object({ page: z.coerce.number().int().min(1).max(1000).catch(1) });
/** An import's page: which rows to show (errors first by default) and the page. */
export const ZImportReportQuery = z.object({
  show: z.enum(["errors", "changes", "all"]).optional().catch(undefined),
  sheet: z.enum(["units", "people", "tasks", "steps"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A backlog task row: its code in the office's spreadsheet (the match key), directive, lead unit, dates. */
export const ZTaskImportRow = z.strictObject({
  ref: cell,
  directiveNumber: cell,
  point: optionalCell,
  title: cell,
  leadUnitCode: cell,
  /** YYYY-MM-DD, a day in the past as well as the future. */
  deadline: cell,
  completedOn: optionalCell,
  result: optionalCell,
  priority: optionalCell,
});
/** A step of a backlog task: its task's code, its place (a JSON number), owner, deadline and completion. */
export const ZStepImportRow = z.strictObject({
  taskRef: cell,
  order: z.number(vm("imports.orderNumber")).int(vm("imports.orderNumber")).min(1).max(30).transform(String),
  name: cell,
  kind: optionalCell,
  ownerCode: cell,
  deadline: cell,
  completedOn: optionalCell,
  result: optionalCell,
});
export const MAX_IMPORT_TASKS = 20_000;
export const ZTaskImportRows = z
  .strictObject({
    tasks: z.array(ZTaskImportRow).max(MAX_IMPORT_TASKS, vm("imports.tooManyRows")),
    steps: z.array(ZStepImportRow).max(MAX_IMPORT_TASKS * 10, vm("imports.tooManyRows")),
  })
  .refine((v) => v.tasks.length > 0, vm("imports.noRows"));
export type TTaskImportRow = z.output<typeof ZTaskImportRow> & { row: number };
export type TStepImportRow = z.output<typeof ZStepImportRow> & { row: number };
export type TTaskImportRows = { tasks: TTaskImportRow[]; steps: TStepImportRow[] };
