"use server";

import { createAnonymousAction } from "@/lib/actions/create-anonymous-action";
import { ZRequestPasswordReset } from "@/lib/schemas/password-reset";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";

// The same answer whether or not the address has an account (requestPasswordReset returns nothing).
export const requestPasswordResetAction = createAnonymousAction(ZRequestPasswordReset, (input, now) =>
  requestPasswordReset(input, now),
);
