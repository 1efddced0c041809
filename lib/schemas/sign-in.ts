import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { singleLineText } from "./text";

export const ZSignIn = z.object({
  email: singleLineText("email").min(1, vm("signIn.emailMin")).email(vm("signIn.email")),
  password: z.string(vm("signIn.password")).min(1, vm("signIn.password")).max(200, vm("signIn.passwordMax")),
});
export type TSignIn = z.infer<typeof ZSignIn>;
