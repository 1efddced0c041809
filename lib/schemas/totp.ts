import { z } from "zod";
import { vm } from "@/lib/i18n/validation";

/** The 6 digits an authenticator app shows. */
export const ZTotpCode = z.string(vm("totp.code")).regex(/^\d{6}$/, vm("totp.code"));

export const ZConfirmTotp = z.object({ code: ZTotpCode });
export type TConfirmTotp = z.infer<typeof ZConfirmTotp>;

/** Starting an enrolment takes nothing: the secret is made on the server. */
export const ZStartTotp = z.object({});
