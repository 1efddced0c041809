import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import type { TImportReport } from "./import-report";

const importSelect = {
  id: true,
  kind: true,
  status: true,
  source: true,
  createdAt: true,
  appliedAt: true,
  undoneAt: true,
  report: true,
  actor: { select: { id: true, name: true } },
} as const;

/** Who may read an import: its kind's importers (admins for people; admins and TCCB for tasks). */
export function canReadImports(actor: Pick<TActor, "roles">, kind: "PEOPLE" | "TASKS"): boolean {
  return actor.roles.includes("ADMIN") || (kind === "TASKS" && actor.roles.includes("TCCB_MONITOR"));
}

/** One import with its report; 404 for one the actor may not read, as for one that does not exist. */
export async function getImport(actor: TActor, id: string) {
  const found = await db.import.findUnique({ where: { id }, select: importSelect });
  if (!found || !canReadImports(actor, found.kind)) throw new DomainError("NOT_FOUND", msg("errors.importNotFound"));
  return { ...found, report: found.report as unknown as TImportReport };
}
export type TImportView = Awaited<ReturnType<typeof getImport>>;

const PAGE = 20;

/** The latest imports the actor may read, newest first, a page at a time. */
export async function listImports(actor: TActor, page: number) {
  const kinds = (["PEOPLE", "TASKS"] as const).filter((k) => canReadImports(actor, k));
  if (kinds.length === 0) throw new DomainError("FORBIDDEN", msg("errors.importersOnly"));
  const where = { kind: { in: [...kinds] } };
  const [total, rows] = await Promise.all([
    db.import.count({ where }),
    db.import.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: { ...importSelect, report: true },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE)),
    items: rows.map((r) => {
      const report = r.report as unknown as TImportReport;
      return {
        ...r,
        report: undefined,
        errorCount: report.errorCount,
        sheets: report.sheets.map((s) => ({ name: s.name, counts: s.counts })),
      };
    }),
  };
}

/** How many tasks an applied backlog import brought in: what undoing it would cancel. */
export function countImportTasks(importId: string): Promise<number> {
  return db.task.count({ where: { importId } });
}
