import { z } from "zod";
import { ZApiId } from "./common";

const ZFate = z.enum(["NEW", "CHANGED", "UNCHANGED", "ERROR"]);
const ZCounts = z.object({
  NEW: z.number().int(),
  CHANGED: z.number().int(),
  UNCHANGED: z.number().int(),
  ERROR: z.number().int(),
});

/** An import and every row's fate: what GET /imports/{id} and the POSTs answer. */
export const ZApiImport = z.object({
  id: ZApiId,
  kind: z.enum(["PEOPLE", "TASKS"]),
  /** DRY_RUN: checked, nothing written; APPLIED; REFUSED: rows had errors, nothing written; UNDONE. */
  status: z.enum(["DRY_RUN", "REFUSED", "APPLIED", "UNDONE"]),
  /** The uploaded file's name, or "api" for JSON rows. */
  source: z.string(),
  actor: z.object({ id: ZApiId, name: z.string() }),
  createdAt: z.iso.datetime(),
  appliedAt: z.iso.datetime().nullable(),
  undoneAt: z.iso.datetime().nullable(),
  errorCount: z.number().int(),
  /** Problems with the file as a whole (a missing sheet or column), before any row. */
  fileErrors: z.array(z.object({ sheet: z.string().nullable(), cell: z.string().nullable(), message: z.string() })),
  sheets: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      counts: ZCounts,
      rows: z.array(
        z.object({
          /** The row as Excel numbers it (headings are row 1), or the position in the JSON list from 1. */
          row: z.number().int(),
          key: z.string(),
          fate: ZFate,
          changed: z.array(z.string()),
          errors: z.array(z.object({ field: z.string(), column: z.string(), message: z.string() })),
        }),
      ),
    }),
  ),
});
