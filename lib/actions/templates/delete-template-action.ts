"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZTemplateRef } from "@/lib/schemas/template";
import { deleteTemplate } from "@/lib/server/templates/delete-template";

export const deleteTemplateAction = createAction(ZTemplateRef, (actor, input, now) =>
  deleteTemplate(actor, input, now),
);
