"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZAnswerConsultation } from "@/lib/schemas/step-actions";
import { answerConsultation } from "@/lib/server/consultations/answer-consultation";

export const answerConsultationAction = createAction(ZAnswerConsultation, (actor, input, now) =>
  answerConsultation(actor, input, now),
);
