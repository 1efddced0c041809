import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { ZSignIn } from "./sign-in";

/** The form that asks for a link: the same e-mail field as the sign-in form. */
export const ZRequestPasswordReset = ZSignIn.pick({ email: true });
export type TRequestPasswordReset = z.infer<typeof ZRequestPasswordReset>;

/** bcrypt reads at most 72 bytes; 64 characters of Vietnamese text can exceed that, so count bytes too. */
const MAX_PASSWORD_BYTES = 72;

export const ZResetPassword = z
  .object({
    // 32 random bytes, base64url (createPasswordResetToken): nothing else can be a token.
    token: z.string(vm("passwordReset.token")).regex(/^[A-Za-z0-9_-]{43}$/, vm("passwordReset.token")),
    password: z
      .string(vm("passwordReset.passwordMin"))
      .min(10, vm("passwordReset.passwordMin"))
      .max(64, vm("passwordReset.passwordMax"))
      .refine((p) => new TextEncoder().encode(p).length <= MAX_PASSWORD_BYTES, vm("passwordReset.passwordMax")),
    confirm: z.string(vm("passwordReset.confirm")),
  })
  .refine((v) => v.password === v.confirm, { ...vm("passwordReset.confirm"), path: ["confirm"] });
export type TResetPassword = z.infer<typeof ZResetPassword>;
