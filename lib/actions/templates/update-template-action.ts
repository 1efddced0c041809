"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZUpdateTemplate } from "@/lib/schemas/template";
import { updateTemplate } from "@/lib/server/templates/update-template";

export const updateTemplateAction = createAction(ZUpdateTemplate, (actor, input, now) =>
  updateTemplate(actor, input, now),
);
