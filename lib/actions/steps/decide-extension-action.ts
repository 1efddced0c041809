"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZDecideExtension } from "@/lib/schemas/step-actions";
import { decideExtension } from "@/lib/server/steps/decide-extension";

export const decideExtensionAction = createAction(ZDecideExtension, (actor, input, now) =>
  decideExtension(actor, input, now),
);
