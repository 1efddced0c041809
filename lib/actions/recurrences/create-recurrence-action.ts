"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateRecurrence } from "@/lib/schemas/recurrence";
import { createRecurrence } from "@/lib/server/recurrences/create-recurrence";

export const createRecurrenceAction = createAction(ZCreateRecurrence, (actor, input, now) =>
  createRecurrence(actor, input, now),
);
