"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZTemplateRef } from "@/lib/schemas/template";
import { reactivateTemplate } from "@/lib/server/templates/reactivate-template";

export const reactivateTemplateAction = createAction(ZTemplateRef, (actor, input, now) =>
  reactivateTemplate(actor, input, now),
);
