"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRecordProgress } from "@/lib/schemas/step-actions";
import { recordProgress } from "@/lib/server/steps/record-progress";

export const recordProgressAction = createAction(ZRecordProgress, (actor, input, now) =>
  recordProgress(actor, input, now),
);
