"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCompleteStep } from "@/lib/schemas/step-actions";
import { completeStep } from "@/lib/server/steps/complete-step";

export const completeStepAction = createAction(ZCompleteStep, (actor, input, now) => completeStep(actor, input, now));
