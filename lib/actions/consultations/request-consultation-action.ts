"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRequestConsultation } from "@/lib/schemas/step-actions";
import { requestConsultation } from "@/lib/server/consultations/request-consultation";

export const requestConsultationAction = createAction(ZRequestConsultation, (actor, input, now) =>
  requestConsultation(actor, input, now),
);
