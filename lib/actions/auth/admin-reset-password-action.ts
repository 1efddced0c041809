"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZAdminResetPassword } from "@/lib/schemas/admin-reset-password";
import { adminResetPassword } from "@/lib/server/auth/admin-reset-password";

export const adminResetPasswordAction = createAction(ZAdminResetPassword, (actor, input, now) =>
  adminResetPassword(actor, input.userId, now),
);
