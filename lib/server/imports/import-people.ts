import "server-only";
import { randomUUID } from "node:crypto";
import { planPeopleImport, type TRowError } from "@/lib/domain/imports/plan-people-import";
import type { TActor } from "@/lib/domain/access/roles";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import type { TPeopleImportRows } from "@/lib/schemas/imports";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { lockUnitTree } from "@/lib/server/unit-admin/lock-unit-tree";
import { applyPeopleWrites } from "./apply-people-writes";
import { assertPeopleImporter } from "./assert-importer";
import { buildImportReport, sheetName, type TImportReport } from "./import-report";
import { importVocabulary } from "./import-vocabulary";
import { loadPeopleImportContext } from "./load-people-import-context";
import { PEOPLE_SHEET, UNITS_SHEET } from "./people-import-sheets";
import { readImportWorkbook, type TFileError } from "./read-import-workbook";

export type TImporter = TActor & { locale: TLocale };
/** An uploaded .xlsx, or rows sent as JSON (numbered from 1 in the order sent). */
export type TPeopleImportSource =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | {
      kind: "rows";
      rows: {
        units: Array<Omit<TPeopleImportRows["units"][number], "row">>;
        people: Array<Omit<TPeopleImportRows["people"][number], "row">>;
      };
    };

type TRead = {
  rows: TPeopleImportRows;
  fileErrors: TFileError[];
  cellErrors: { units: Map<number, TRowError[]>; people: Map<number, TRowError[]> };
  columns: { units: Record<string, string> | null; people: Record<string, string> | null };
};

const TX = { timeout: 5 * 60_000, maxWait: 60_000 };

async function readSource(source: TPeopleImportSource): Promise<TRead> {
  if (source.kind === "rows") {
    return {
      rows: {
        units: source.rows.units.map((r, i) => ({ ...r, row: i + 1 })),
        people: source.rows.people.map((r, i) => ({ ...r, row: i + 1 })),
      },
      fileErrors: [],
      cellErrors: { units: new Map(), people: new Map() },
      columns: { units: null, people: null },
    };
  }
  const { sheets, fileErrors } = await readImportWorkbook(source.bytes, [UNITS_SHEET, PEOPLE_SHEET] as const);
  const units = sheets.units;
  const people = sheets.people;
  return {
    rows: {
      units: (units?.rows ?? []) as TPeopleImportRows["units"],
      people: (people?.rows ?? []) as TPeopleImportRows["people"],
    },
    fileErrors,
    cellErrors: { units: units?.cellErrors ?? new Map(), people: people?.cellErrors ?? new Map() },
    columns: { units: units?.columns ?? null, people: people?.columns ?? null },
  };
}

async function decide(tx: Prisma.TransactionClient, read: TRead, locale: TLocale) {
  const context = await loadPeopleImportContext(tx, read.rows);
  const plan = planPeopleImport({
    unitRows: read.rows.units,
    personRows: read.rows.people,
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
  const read = await readSource(source);
  const id = randomUUID();
  const sourceName = source.kind === "file" ? source.fileName : "api";
  const rowsJson = storedRows(read);
  if (options.dryRun || read.fileErrors.length > 0) {
    const { report } = await decide(db, read, actor.locale);
    const status = options.dryRun ? "DRY_RUN" : "REFUSED";
    await db.import.create({
      data: {
        id,
        kind: "PEOPLE",
        status,
        source: sourceName,
        actorId: actor.id,
        createdAt: now,
        rows: rowsJson,
        report,
      },
    });
    return { id, status, report };
  }
  return apply(actor, read, { id, source: sourceName, existing: false }, now);
}

async function apply(
  actor: TImporter,
  read: TRead,
  target: { id: string; source: string; existing: boolean },
  now: Date,
): Promise<{ id: string; status: "APPLIED" | "REFUSED"; report: TImportReport }> {
  return db.$transaction(async (tx) => {
    await lockUnitTree(tx);
    if (target.existing) {
      // Under the lock: of two clicks on "apply", the second finds it applied.
      const now = await tx.import.findUnique({ where: { id: target.id }, select: { status: true } });
      if (now?.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
    }
    const { context, plan, report } = await decide(tx, read, actor.locale);
    const status = report.errorCount === 0 ? ("APPLIED" as const) : ("REFUSED" as const);
    if (status === "APPLIED")
      await applyPeopleWrites(tx, plan.writes, context, { actorId: actor.id, at: now, importId: target.id });
    const data = { status, report, appliedAt: status === "APPLIED" ? now : null };
    if (target.existing) await tx.import.update({ where: { id: target.id }, data });
    else
      await tx.import.create({
        data: {
          ...data,
          id: target.id,
          kind: "PEOPLE",
          source: target.source,
          actorId: actor.id,
          createdAt: now,
          rows: storedRows(read),
        },
      });
    return { id: target.id, status, report };
  }, TX);
}

/**
 * Applies a dry run as it was previewed: its rows, decided again now. Only its own importer's
 * dry run, once; an import already applied or refused is not applied again.
 */
export async function applyPeopleDryRun(actor: TImporter, importId: string, now: Date) {
  assertPeopleImporter(actor);
  const found = await db.import.findUnique({
    where: { id: importId },
    select: { kind: true, status: true, source: true, rows: true },
  });
  if (!found || found.kind !== "PEOPLE") throw new DomainError("NOT_FOUND", msg("errors.importNotFound"));
  if (found.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
  const stored = found.rows as unknown as TPeopleImportRows & { columns: TRead["columns"] };
  const read: TRead = {
    rows: { units: stored.units, people: stored.people },
    fileErrors: [],
    cellErrors: { units: new Map(), people: new Map() },
    columns: stored.columns,
  };
  return apply(actor, read, { id: importId, source: found.source, existing: true }, now);
}

/** Import.rows: the rows as read, with the columns they came from, to apply a dry run as it was shown. */
function storedRows(read: TRead): Prisma.InputJsonValue {
  return {
    units: read.rows.units,
    people: read.rows.people,
    columns: read.columns,
  } as unknown as Prisma.InputJsonValue;
}
