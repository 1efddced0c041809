import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { singleLineText } from "./text";

export const ZSignIn = z.object({
  email: singleLineText("email").min(1, vm("signIn.emailMin")).email(vm("signIn.email")),
  password: z.string(vm("signIn.password")).min(1, vm("signIn.password")).max(200, vm("signIn.passwordMax")),
  /** Asked for after the password, from a person who enrolled a second factor; absent before. */
  totp: z
    .string(vm("totp.code"))
    .regex(/^\d{6}$/, vm("totp.code"))
    .optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;
