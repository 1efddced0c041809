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

type TImportListRow = {
  id: string;
  kind: "PEOPLE" | "TASKS";
  status: "DRY_RUN" | "REFUSED" | "APPLIED" | "UNDONE";
  source: string;
  createdAt: Date;
  actorId: string;
  actorName: string;
  errorCount: number;
  sheets: Array<{ name: string; counts: TImportReport["sheets"][number]["counts"] }> | null;
};

/**
 * The latest imports the actor may read, newest first, a page at a time. Only each report's
 * counts are read (in SQL): a 20,000-row import's report is megabytes the list does not show.
 */
export async function listImports(actor: TActor, page: number) {
  const kinds = (["PEOPLE", "TASKS"] as const).filter((k) => canReadImports(actor, k));
  if (kinds.length === 0) throw new DomainError("FORBIDDEN", msg("errors.importersOnly"));
  const where = { kind: { in: [...kinds] } };
  const [total, rows] = await Promise.all([
    db.import.count({ where }),
    db.$queryRaw<TImportListRow[]>`
      SELECT i.id, i.kind::text AS kind, i.status::text AS status, i.source, i."createdAt",
             u.id AS "actorId", u.name AS "actorName", (i.report ->> 'errorCount')::int AS "errorCount",
             (SELECT json_agg(json_build_object('name', s ->> 'name', 'counts', s -> 'counts'))
                FROM jsonb_array_elements(i.report -> 'sheets') AS s) AS sheets
        FROM "Import" i JOIN "User" u ON u.id = i."actorId"
       WHERE i.kind::text = ANY(${[...kinds]}::text[])
       ORDER BY i."createdAt" DESC, i.id DESC
       LIMIT ${PAGE} OFFSET ${(page - 1) * PAGE}`,
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE)),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      source: r.source,
      createdAt: new Date(r.createdAt),
      actor: { id: r.actorId, name: r.actorName },
      errorCount: r.errorCount,
      sheets: r.sheets ?? [],
    })),
  };
}

/** How many tasks an applied backlog import brought in: what undoing it would cancel. */
export function countImportTasks(importId: string): Promise<number> {
  return db.task.count({ where: { importId } });
}
