"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { vm } from "@/lib/i18n/validation";
import { ZAnswerChecklistItem } from "@/lib/schemas/checklist";
import { answerChecklistItem } from "@/lib/server/inspections/answer-checklist-item";

const ZAnswer = ZAnswerChecklistItem.extend({ inspectionId: z.uuid(vm("inspection.badId")) });

export const answerChecklistItemAction = createAction(ZAnswer, (actor, { inspectionId, ...answer }, now) =>
  answerChecklistItem(actor, inspectionId, answer, now),
);
