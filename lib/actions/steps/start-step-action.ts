"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZStartStep } from "@/lib/schemas/step-actions";
import { startStep } from "@/lib/server/steps/start-step";

export const startStepAction = createAction(ZStartStep, (actor, input, now) => startStep(actor, input, now));
