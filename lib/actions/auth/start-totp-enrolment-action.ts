"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZStartTotp } from "@/lib/schemas/totp";
import { startTotpEnrolment } from "@/lib/server/auth/start-totp-enrolment";

// Allowed while enrolment is the pending step: it is that step.
export const startTotpEnrolmentAction = createAction(ZStartTotp, (actor) => startTotpEnrolment(actor), {
  duringPendingStep: true,
});
