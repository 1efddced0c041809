"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateDirective } from "@/lib/schemas/directive";
import { createDirective } from "@/lib/server/directives/create-directive";

export const createDirectiveAction = createAction(ZCreateDirective, (actor, input, now) =>
  createDirective(actor, input, now),
);
