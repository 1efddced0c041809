import "server-only";
import type { z } from "zod";
import { issuesByField } from "@/lib/schemas/issues-by-field";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { withValidationLocale } from "@/lib/i18n/validation";
import { browserLocale } from "@/lib/server/auth/get-current-actor";
import { toActionFailure, type TActionResult } from "./create-action";

/**
 * Builds the few actions made for people who are not signed in (asking for a password reset
 * link, setting a new password with one): no session to read, so `run` gets no actor and must
 * not act on anyone's behalf beyond what the validated input proves (a reset token). Otherwise
 * the same steps as createAction: the shared zod schema, one lib/server function with the clock
 * read here, failures worded in the browser's language. Cross-site posts are refused by proxy.ts.
 */
export function createAnonymousAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, now: Date) => Promise<T>,
) {
  return async (raw: unknown): Promise<TActionResult<T>> => {
    const locale = await browserLocale();
    try {
      const parsed = withValidationLocale(locale, () => schema.safeParse(raw));
      if (!parsed.success) {
        return {
          ok: false,
          code: "INVALID_INPUT",
          message: translate(locale, msg("errors.invalidInput")),
          fieldErrors: issuesByField(parsed.error, "input"),
        };
      }
      return { ok: true, data: await run(parsed.data, new Date()) };
    } catch (error) {
      return toActionFailure(error, locale);
    }
  };
}
