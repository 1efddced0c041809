"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZConfirmTotp } from "@/lib/schemas/totp";
import { confirmTotpEnrolment } from "@/lib/server/auth/confirm-totp-enrolment";

export const confirmTotpEnrolmentAction = createAction(
  ZConfirmTotp,
  (actor, input, now) => confirmTotpEnrolment(actor, input, now),
  { duringPendingStep: true },
);
