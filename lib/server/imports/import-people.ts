import "server-only";
import { randomUUID } from "node:crypto";
import { planPeopleImport } from "@/lib/domain/imports/plan-people-import";
import type { TLocale } from "@/lib/i18n/locales";
import type { TPeopleImportRows, TPersonImportRow, TUnitImportRow } from "@/lib/schemas/imports";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { lockUnitTree } from "@/lib/server/unit-admin/lock-unit-tree";
import { applyPeopleWrites } from "./apply-people-writes";
import { assertPeopleImporter } from "./assert-importer";
import { buildImportReport, sheetName, type TImportReport } from "./import-report";
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
import { importVocabulary } from "./import-vocabulary";
import { loadPeopleImportContext } from "./load-people-import-context";
import { PEOPLE_SHEET, UNITS_SHEET } from "./people-import-sheets";

export type { TImporter } from "./import-source";
type TRow = TUnitImportRow | TPersonImportRow;
type TRead = TImportRead<"units" | "people", TRow>;
export type TPeopleImportSource = TImportSource<{
  units: Array<Omit<TUnitImportRow, "row">>;
  people: Array<Omit<TPersonImportRow, "row">>;
}>;
const SHEETS = [UNITS_SHEET, PEOPLE_SHEET] as const;

const rowsOf = (read: TRead) => read.rows as unknown as TPeopleImportRows;

async function decide(tx: Prisma.TransactionClient, read: TRead, locale: TLocale) {
  const rows = rowsOf(read);
  const context = await loadPeopleImportContext(tx, rows);
  const plan = planPeopleImport({
    unitRows: rows.units,
    personRows: rows.people,
    units: context.units,
    people: context.people,
    vocabulary: importVocabulary(),
    cellErrors: read.cellErrors,
  });
  const report = buildImportReport(locale, read.fileErrors, [
    { key: "units", name: sheetName(locale, "units"), rows: plan.units, columns: read.columns.units },
    { key: "people", name: sheetName(locale, "people"), rows: plan.people, columns: read.columns.people },
  ]);
  return { context, plan, report };
}

/**
 * Imports units and people from a file or JSON rows. A dry run decides every row's fate and
 * keeps it (Import, status DRY_RUN) without writing anything else; otherwise, in one
 * transaction holding the unit tree lock, the rows are decided again against the database as
 * it is then and written if no row has an error (APPLIED), or nothing is written (REFUSED).
 * Either way the import and its report are kept, for GET /api/v1/imports/{id} and the page.
 */
export async function importPeople(
  actor: TImporter,
  source: TPeopleImportSource,
  options: { dryRun: boolean },
  now: Date,
): Promise<{ id: string; status: "DRY_RUN" | "APPLIED" | "REFUSED"; report: TImportReport }> {
  assertPeopleImporter(actor);
  const read = await readImportSource<"units" | "people", TRow>(source, SHEETS);
  const target = {
    id: randomUUID(),
    source: source.kind === "file" ? source.fileName : "api",
    rows: storedImportRows(read),
  };
  if (options.dryRun || read.fileErrors.length > 0) {
    const { report } = await decide(db, read, actor.locale);
    return keepUnappliedImport(actor, { ...target, kind: "PEOPLE", dryRun: options.dryRun, report }, now);
  }
  return apply(actor, read, { ...target, existing: false }, now);
}

/** Applies a dry run as it was previewed: its rows, decided again now; once. */
export async function applyPeopleDryRun(actor: TImporter, importId: string, now: Date) {
  assertPeopleImporter(actor);
  const { source, stored, read } = await loadDryRun<"units" | "people", TRow>("PEOPLE", importId, ["units", "people"]);
  return apply(actor, read, { id: importId, source, rows: stored, existing: true }, now);
}

async function apply(
  actor: TImporter,
  read: TRead,
  target: { id: string; source: string; rows: Prisma.InputJsonValue; existing: boolean },
  now: Date,
): Promise<{ id: string; status: "APPLIED" | "REFUSED"; report: TImportReport }> {
  return db.$transaction(async (tx) => {
    await lockUnitTree(tx);
    if (target.existing) await assertStillDryRun(tx, target.id);
    const { context, plan, report } = await decide(tx, read, actor.locale);
    const status = await keepAppliedImport(tx, actor, { ...target, kind: "PEOPLE" }, report, now);
    if (status === "APPLIED")
      await applyPeopleWrites(tx, plan.writes, context, { actorId: actor.id, at: now, importId: target.id });
    return { id: target.id, status, report };
  }, IMPORT_TX);
}
