import "server-only";
import type { z } from "zod";
import type { TLocale } from "@/lib/i18n/locales";
import { browserLocale } from "@/lib/server/auth/get-current-actor";
import { runValidated, type TActionResult } from "./create-action";

export type TAnonymousActionDefinition<S extends z.ZodType, T> = {
  schema: S;
  run: (input: z.infer<S>, now: Date) => Promise<T>;
};

/**
 * Builds the few actions made for people who are not signed in (asking for a password reset
 * link, setting a new password with one): no session to read, so `run` gets no actor and must
 * not act on anyone's behalf beyond what the validated input proves (a reset token). Otherwise
 * the same steps as createAction: the shared zod schema, one lib/server function with the clock
 * read here, failures worded in the browser's language. Cross-site posts are refused by proxy.ts.
 * The definition stays on the action (server side only) for the refused-input guard.
 */
export function createAnonymousAction<S extends z.ZodType, T>(schema: S, run: TAnonymousActionDefinition<S, T>["run"]) {
  const anonymousDefinition: TAnonymousActionDefinition<S, T> = { schema, run };
  const action = async (raw: unknown): Promise<TActionResult<T>> =>
    executeAnonymousAction(anonymousDefinition, await browserLocale(), raw, new Date());
  return Object.assign(action, { anonymousDefinition });
}

/** Validation, then the one server function; every failure becomes what a browser may see, in `locale`. */
export async function executeAnonymousAction<S extends z.ZodType, T>(
  definition: TAnonymousActionDefinition<S, T>,
  locale: TLocale,
  raw: unknown,
  now: Date,
): Promise<TActionResult<T>> {
  return runValidated(definition.schema, locale, raw, (input) => definition.run(input, now));
}
