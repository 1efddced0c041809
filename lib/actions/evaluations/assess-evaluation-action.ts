"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZAssessmentAction } from "@/lib/schemas/evaluations";
import { assessEvaluation } from "@/lib/server/evaluation/assess-evaluation";

export const assessEvaluationAction = createAction(
  ZAssessmentAction,
  async (actor, { userId, periodKey, ...input }, now) => {
    const saved = await assessEvaluation(actor, userId, periodKey, input, now);
    return { id: saved.id };
  },
);
