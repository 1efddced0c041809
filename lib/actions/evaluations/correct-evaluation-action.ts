"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCorrectionAction } from "@/lib/schemas/evaluations";
import { correctEvaluation } from "@/lib/server/evaluation/correct-evaluation";

export const correctEvaluationAction = createAction(
  ZCorrectionAction,
  async (actor, { userId, periodKey, ...input }, now) => {
    const saved = await correctEvaluation(actor, userId, periodKey, input, now);
    return { id: saved.id };
  },
);
