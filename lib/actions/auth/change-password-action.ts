"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZChangePassword } from "@/lib/schemas/change-password";
import { changeOwnPassword } from "@/lib/server/auth/change-own-password";
import { reissueSessionCookie } from "@/lib/server/auth/reissue-session-cookie";

// Allowed while a password change is pending: it is that step. The change ends every session of
// the person, this browser's too, so this browser gets a fresh one at the new version.
export const changePasswordAction = createAction(
  ZChangePassword,
  async (actor, input, now) => {
    await reissueSessionCookie(await changeOwnPassword(actor, input, now));
  },
  { duringPendingStep: true },
);
