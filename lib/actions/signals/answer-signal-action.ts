"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZAnswerSignal } from "@/lib/schemas/signal";
import { answerSignal } from "@/lib/server/signals/answer-signal";

export const answerSignalAction = createAction(ZAnswerSignal, async (actor, input, now) => {
  const answer = await answerSignal(actor, input, now);
  return { id: answer.id };
});
