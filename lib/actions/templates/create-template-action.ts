"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateTemplate } from "@/lib/schemas/template";
import { createTemplate } from "@/lib/server/templates/create-template";

export const createTemplateAction = createAction(ZCreateTemplate, (actor, input, now) =>
  createTemplate(actor, input, now),
);
