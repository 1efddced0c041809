import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { multiLineText, singleLineText, tooLong } from "./text";

// One schema for the checklist editor, its server actions and the server functions.

export const checklistResults = ["MET", "NOT_MET", "NOT_APPLICABLE"] as const;

export const ZChecklistItemInput = z.object({
  /** An existing item to keep (and edit); absent for a new one. */
  id: z.uuid(vm("checklist.item")).optional(),
  text: multiLineText("checklistItem").min(1, vm("checklist.itemMissing")).max(1000, tooLong("checklistItem", 1000)),
  citation: singleLineText("citation").min(1, vm("checklist.citationMissing")).max(200, tooLong("citation", 200)),
});

/** A checklist as the editor saves it: the items in order; an existing item left out is archived. */
export const ZSaveChecklist = z.object({
  title: singleLineText("checklistTitle").min(1, vm("checklist.titleMissing")).max(300, tooLong("checklistTitle", 300)),
  description: multiLineText("description").max(2000, tooLong("description", 2000)).default(""),
  items: z.array(ZChecklistItemInput).min(1, vm("checklist.itemsMin")).max(100, vm("checklist.itemsMax")),
});
export type TSaveChecklist = z.infer<typeof ZSaveChecklist>;

/** The editor's form and its server action: the checklist saved (null for a new one) and its content. */
export const ZSaveChecklistForm = ZSaveChecklist.extend({
  checklistId: z.uuid(vm("checklist.checklist")).nullable(),
});

export const ZAnswerChecklistItem = z.object({
  itemId: z.uuid(vm("checklist.item")),
  result: z.enum(checklistResults, vm("checklist.result")),
  note: multiLineText("content").max(2000, tooLong("content", 2000)).default(""),
});
export type TAnswerChecklistItem = z.infer<typeof ZAnswerChecklistItem>;
