"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZSaveChecklistForm } from "@/lib/schemas/checklist";
import { saveChecklist } from "@/lib/server/checklists/save-checklist";

/** The checklist editor's save; saveChecklist refuses anyone but admins and TCCB. */
export const saveChecklistAction = createAction(ZSaveChecklistForm, (actor, { checklistId, ...checklist }, now) =>
  saveChecklist(actor, checklistId, checklist, now),
);
