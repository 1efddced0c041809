import "server-only";
import type { z } from "zod";
import type { ZApiImport } from "@/lib/schemas/api/imports";
import type { TImportView } from "@/lib/server/imports/get-import";

export function serializeImport(i: TImportView): z.input<typeof ZApiImport> {
  return {
    id: i.id,
    kind: i.kind,
    status: i.status,
    source: i.source,
    actor: i.actor,
    createdAt: i.createdAt.toISOString(),
    appliedAt: i.appliedAt?.toISOString() ?? null,
    undoneAt: i.undoneAt?.toISOString() ?? null,
    errorCount: i.report.errorCount,
    fileErrors: i.report.fileErrors,
    sheets: i.report.sheets,
  };
}
