"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRecordDecision } from "@/lib/schemas/decisions";
import { recordDecision } from "@/lib/server/decisions/record-decision";

/**
 * The "Ghi quyết định" form. The person and the evidence come from the form, so recordDecision
 * checks on the server that the actor may decide about that person and that every piece of
 * evidence concerns them.
 */
export const recordDecisionAction = createAction(ZRecordDecision, (actor, input, now) =>
  recordDecision(actor, input, now),
);
