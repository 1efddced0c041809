"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZSelfAssessmentAction } from "@/lib/schemas/evaluations";
import { submitSelfAssessment } from "@/lib/server/evaluation/submit-self-assessment";

export const submitSelfAssessmentAction = createAction(
  ZSelfAssessmentAction,
  async (actor, { userId, periodKey, ...input }, now) => {
    const saved = await submitSelfAssessment(actor, userId, periodKey, input, now);
    return { id: saved.id };
  },
);
