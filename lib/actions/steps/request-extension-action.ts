"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRequestExtension } from "@/lib/schemas/step-actions";
import { requestExtension } from "@/lib/server/steps/request-extension";

export const requestExtensionAction = createAction(ZRequestExtension, (actor, input, now) =>
  requestExtension(actor, input, now),
);
