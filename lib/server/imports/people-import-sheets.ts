import "server-only";
import type { TSheetSpec } from "./read-import-workbook";

export type TUnitField = "code" | "name" | "shortName" | "level" | "parentCode";
export type TPersonField = "employeeCode" | "name" | "email" | "unitCode" | "position" | "title" | "roles";

/** The units sheet of the people template, in its column order. */
export const UNITS_SHEET: TSheetSpec<TUnitField, "units"> = {
  key: "units",
  name: "imports.sheet.units",
  columns: [
    { field: "code", heading: "imports.column.unitCode", required: true },
    { field: "name", heading: "imports.column.unitName", required: true },
    { field: "shortName", heading: "imports.column.shortName", required: false },
    { field: "level", heading: "imports.column.level", required: true },
    { field: "parentCode", heading: "imports.column.parentCode", required: true },
  ],
};

/** The people sheet of the people template, in its column order. */
export const PEOPLE_SHEET: TSheetSpec<TPersonField, "people"> = {
  key: "people",
  name: "imports.sheet.people",
  columns: [
    { field: "employeeCode", heading: "imports.column.employeeCode", required: true },
    { field: "name", heading: "imports.column.personName", required: true },
    { field: "email", heading: "imports.column.email", required: true },
    { field: "unitCode", heading: "imports.column.personUnitCode", required: true },
    { field: "position", heading: "imports.column.position", required: true },
    { field: "title", heading: "imports.column.title", required: false },
    { field: "roles", heading: "imports.column.roles", required: true },
  ],
};
