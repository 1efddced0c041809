"use server";

import { createAnonymousAction } from "@/lib/actions/create-anonymous-action";
import { ZResetPassword } from "@/lib/schemas/password-reset";
import { resetPassword } from "@/lib/server/auth/reset-password";

// The token in the input is the only proof of who may set the password: resetPassword checks it.
export const resetPasswordAction = createAnonymousAction(ZResetPassword, (input, now) => resetPassword(input, now));
