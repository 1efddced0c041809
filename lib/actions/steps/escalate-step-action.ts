"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZEscalateStep } from "@/lib/schemas/step-actions";
import { escalateStep } from "@/lib/server/steps/escalate-step";

export const escalateStepAction = createAction(ZEscalateStep, (actor, input, now) => escalateStep(actor, input, now));
