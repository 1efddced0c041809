"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZApplyImport, ZImportUpload } from "@/lib/schemas/imports";
import { applyTasksDryRun, importTasks, undoTaskImport } from "@/lib/server/imports/import-tasks";

/** The backlog upload form: a dry run first, applied from its report. */
export const checkTasksFileAction = createAction(ZImportUpload, async (actor, { file }, now) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const done = await importTasks(actor, { kind: "file", fileName: file.name, bytes }, { dryRun: true }, now);
  return { id: done.id };
});

export const applyTasksImportAction = createAction(ZApplyImport, async (actor, { importId }, now) => {
  const done = await applyTasksDryRun(actor, importId, now);
  return { id: done.id, status: done.status };
});

export const undoTaskImportAction = createAction(ZApplyImport, (actor, { importId }, now) =>
  undoTaskImport(actor, importId, now),
);
