import { z } from "zod";
import { vm } from "@/lib/i18n/validation";

/** An administrator resets a person's password: only whose, the rest is decided on the server. */
export const ZAdminResetPassword = z.object({ userId: z.uuid(vm("adminResetPassword.userId")) });
export type TAdminResetPassword = z.infer<typeof ZAdminResetPassword>;
