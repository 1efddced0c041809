"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZMarkConsultationVague } from "@/lib/schemas/step-actions";
import { markConsultationVague } from "@/lib/server/consultations/mark-consultation-vague";

export const markConsultationVagueAction = createAction(ZMarkConsultationVague, (actor, input, now) =>
  markConsultationVague(actor, input, now),
);
