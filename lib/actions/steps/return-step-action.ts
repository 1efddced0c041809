"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZReturnStep } from "@/lib/schemas/step-actions";
import { returnStep } from "@/lib/server/steps/return-step";

export const returnStepAction = createAction(ZReturnStep, (actor, input, now) => returnStep(actor, input, now));
