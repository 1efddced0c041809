"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZApprovalAction } from "@/lib/schemas/evaluations";
import { approveEvaluation } from "@/lib/server/evaluation/approve-evaluation";

export const approveEvaluationAction = createAction(
  ZApprovalAction,
  async (actor, { userId, periodKey, note }, now) => {
    const saved = await approveEvaluation(actor, userId, periodKey, note, now);
    return { id: saved.id };
  },
);
