import type { TRowFate } from "./plan-people-import";

/** A row's fate as stored and shown: its errors worded, each with the column the person sees. */
export type TReportRow = {
  row: number;
  key: string;
  fate: TRowFate;
  changed: string[];
  errors: Array<{ field: string; column: string; message: string }>;
};
export type TReportSheet = { key: string; name: string; counts: Record<TRowFate, number>; rows: TReportRow[] };
/** Import.report: what the file held and what became (or would become) of each row. */
export type TImportReport = {
  fileErrors: Array<{ sheet: string | null; cell: string | null; message: string }>;
  sheets: TReportSheet[];
  errorCount: number;
};
