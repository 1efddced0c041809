import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { ZResetPassword } from "./password-reset";

const { password, confirm } = ZResetPassword.shape;

/** A signed-in person chooses a new password: the current one proves it is them at the keyboard. */
export const ZChangePassword = z
  .object({
    currentPassword: z.string(vm("changePassword.current")).min(1, vm("changePassword.current")).max(200),
    password,
    confirm,
  })
  .refine((v) => v.password === v.confirm, { ...vm("passwordReset.confirm"), path: ["confirm"] });
export type TChangePassword = z.infer<typeof ZChangePassword>;
