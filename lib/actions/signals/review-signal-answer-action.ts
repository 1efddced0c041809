"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZReviewSignalAnswer } from "@/lib/schemas/signal";
import { reviewSignalAnswer } from "@/lib/server/signals/review-signal-answer";

export const reviewSignalAnswerAction = createAction(ZReviewSignalAnswer, async (actor, input, now) => {
  const signal = await reviewSignalAnswer(actor, input, now);
  return { id: signal.id, answerStatus: signal.answerStatus };
});
