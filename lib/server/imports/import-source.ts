import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRowError } from "@/lib/domain/imports/import-rows";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import type { TImportReport } from "./import-report";
import { readImportWorkbook, type TFileError, type TSheetSpec } from "./read-import-workbook";

export type TImporter = TActor & { locale: TLocale };

/** An uploaded .xlsx, or rows sent as JSON by sheet (numbered from 1 in the order sent). */
export type TImportSource<J> = { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "rows"; rows: J };

/** An import's rows as read, by sheet key, with what the reader could not read and where each field's column was. */
export type TImportRead<K extends string, R> = {
  rows: { [S in K]: R[] };
  fileErrors: TFileError[];
  cellErrors: { [S in K]: Map<number, TRowError[]> };
  columns: { [S in K]: Record<string, string> | null };
};

/** Both kinds' transactions: thousands of rows take longer than Prisma's 5 s default. */
export const IMPORT_TX = { timeout: 5 * 60_000, maxWait: 60_000 };

/** Reads a source's sheets: a file through readImportWorkbook, JSON rows as they are. */
export async function readImportSource<K extends string, R>(
  source: TImportSource<{ [S in K]: Array<Omit<R, "row">> }>,
  specs: ReadonlyArray<TSheetSpec<string, K>>,
): Promise<TImportRead<K, R>> {
  const read = { rows: {}, fileErrors: [] as TFileError[], cellErrors: {}, columns: {} } as TImportRead<K, R>;
  if (source.kind === "rows") {
    for (const { key } of specs) {
      read.rows[key] = source.rows[key].map((r, i) => ({ ...r, row: i + 1 })) as R[];
      read.cellErrors[key] = new Map();
      read.columns[key] = null;
    }
    return read;
  }
  const { sheets, fileErrors } = await readImportWorkbook(source.bytes, specs);
  read.fileErrors = fileErrors;
  for (const { key } of specs) {
    read.rows[key] = (sheets[key]?.rows ?? []) as R[];
    read.cellErrors[key] = sheets[key]?.cellErrors ?? new Map();
    read.columns[key] = sheets[key]?.columns ?? null;
  }
  return read;
}

/** Import.rows: the rows as read, with the columns they came from, to apply a dry run as it was shown. */
export function storedImportRows<K extends string, R>(read: TImportRead<K, R>): Prisma.InputJsonValue {
  return { ...read.rows, columns: read.columns } as unknown as Prisma.InputJsonValue;
}

/** A dry run to apply: its kind's, still a dry run; its rows as they were read. */
export async function loadDryRun<K extends string, R>(
  kind: "PEOPLE" | "TASKS",
  importId: string,
  keys: readonly K[],
): Promise<{ source: string; stored: Prisma.InputJsonValue; read: TImportRead<K, R> }> {
  const found = await db.import.findUnique({
    where: { id: importId },
    select: { kind: true, status: true, source: true, rows: true },
  });
  if (!found || found.kind !== kind) throw new DomainError("NOT_FOUND", msg("errors.importNotFound"));
  if (found.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
  const stored = found.rows as unknown as { [S in K]: R[] } & { columns: { [S in K]: Record<string, string> | null } };
  const read = { rows: {}, fileErrors: [], cellErrors: {}, columns: stored.columns } as unknown as TImportRead<K, R>;
  for (const key of keys) {
    read.rows[key] = stored[key];
    read.cellErrors[key] = new Map();
  }
  return { source: found.source, stored: found.rows as Prisma.InputJsonValue, read };
}

/**
 * Under the caller's lock, that the dry run being applied still is one: of two clicks on
 * "apply", the second finds it applied.
 */
export async function assertStillDryRun(tx: Prisma.TransactionClient, importId: string): Promise<void> {
  const current = await tx.import.findUnique({ where: { id: importId }, select: { status: true } });
  if (current?.status !== "DRY_RUN") throw new DomainError("INVALID_STATE", msg("errors.importNotDryRun"));
}

/** Keeps an import that wrote nothing: a dry run, or one refused for its file's errors. */
export async function keepUnappliedImport(
  actor: TImporter,
  data: {
    id: string;
    kind: "PEOPLE" | "TASKS";
    dryRun: boolean;
    source: string;
    rows: Prisma.InputJsonValue;
    report: TImportReport;
  },
  now: Date,
) {
  const status = data.dryRun ? ("DRY_RUN" as const) : ("REFUSED" as const);
  await db.import.create({
    data: {
      id: data.id,
      kind: data.kind,
      status,
      source: data.source,
      actorId: actor.id,
      createdAt: now,
      rows: data.rows,
      report: data.report,
    },
  });
  return { id: data.id, status, report: data.report };
}

/** Records the outcome of an apply in its transaction: the dry run updated, or a new import. */
export async function keepAppliedImport(
  tx: Prisma.TransactionClient,
  actor: TImporter,
  target: { id: string; kind: "PEOPLE" | "TASKS"; source: string; rows: Prisma.InputJsonValue; existing: boolean },
  report: TImportReport,
  now: Date,
) {
  const status = report.errorCount === 0 ? ("APPLIED" as const) : ("REFUSED" as const);
  const data = { status, report, appliedAt: status === "APPLIED" ? now : null };
  if (target.existing) await tx.import.update({ where: { id: target.id }, data });
  else
    await tx.import.create({
      data: {
        ...data,
        id: target.id,
        kind: target.kind,
        source: target.source,
        actorId: actor.id,
        createdAt: now,
        rows: target.rows,
      },
    });
  return status;
}
