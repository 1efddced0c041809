"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZReassignStep } from "@/lib/schemas/step-actions";
import { reassignStep } from "@/lib/server/steps/reassign-step";

export const reassignStepAction = createAction(ZReassignStep, (actor, input, now) => reassignStep(actor, input, now));
