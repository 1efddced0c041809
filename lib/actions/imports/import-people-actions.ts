"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZApplyImport, ZImportUpload } from "@/lib/schemas/imports";
import { applyPeopleDryRun, importPeople } from "@/lib/server/imports/import-people";

/** The upload form: always a dry run first; the person applies it from the report. */
export const checkPeopleFileAction = createAction(ZImportUpload, async (actor, { file }, now) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const done = await importPeople(actor, { kind: "file", fileName: file.name, bytes }, { dryRun: true }, now);
  return { id: done.id };
});

export const applyPeopleImportAction = createAction(ZApplyImport, async (actor, { importId }, now) => {
  const done = await applyPeopleDryRun(actor, importId, now);
  return { id: done.id, status: done.status };
});
