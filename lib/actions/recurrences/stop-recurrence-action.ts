"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRecurrenceRef } from "@/lib/schemas/recurrence";
import { stopRecurrence } from "@/lib/server/recurrences/stop-recurrence";

export const stopRecurrenceAction = createAction(ZRecurrenceRef, (actor, input, now) =>
  stopRecurrence(actor, input.recurrenceId, now),
);
