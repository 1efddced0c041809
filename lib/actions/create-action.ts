import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { issuesByField } from "@/lib/schemas/issues-by-field";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { withValidationLocale } from "@/lib/i18n/validation";
import { requireActor, requireSignedInActor, type TCurrentActor } from "@/lib/server/auth/get-current-actor";
import { isDomainError, type TDomainErrorCode } from "@/lib/server/errors/domain-error";
import { isOverloadError } from "@/lib/server/errors/is-overload-error";
import { requestMetadataOf } from "@/lib/server/request/request-metadata-of";
import { runWithRequestMetadata } from "@/lib/server/request/request-metadata";
import { env } from "@/lib/env";

export type TActionFailure = {
  ok: false;
  code: TDomainErrorCode | "OVERLOADED" | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string[]>;
};
export type TActionResult<T> = { ok: true; data: T } | TActionFailure;

/**
 * Maps any thrown error to what a browser may see, in the reader's language: a DomainError as
 * it is, anything else generically.
 */
export function toActionFailure(error: unknown, locale: TLocale): TActionFailure {
  if (isDomainError(error))
    return { ok: false, code: error.code, message: error.messageIn(locale), fieldErrors: error.fieldErrorsIn(locale) };
  if (isOverloadError(error))
    return { ok: false, code: "OVERLOADED", message: translate(locale, msg("errors.actionOverloaded")) };
  console.error("[action] unexpected error", error);
  return { ok: false, code: "INTERNAL", message: translate(locale, msg("errors.actionInternal")) };
}

export type TActionDefinition<S extends z.ZodType, T> = {
  schema: S;
  run: (actor: TCurrentActor, input: z.infer<S>, now: Date) => Promise<T>;
};

/**
 * Builds every server action: reads the session on the server (never trusting ids from the
 * input), validates with the shared schema, runs exactly one lib/server function with the
 * clock read here, revalidates, and returns a typed result. A server action is a public
 * endpoint, so none of these steps may be skipped. Every page is rendered per request, so
 * revalidating the root layout only drops the client's router cache. The definition stays on
 * the action (server side only: a client holds just a reference id) so that the refused-input
 * guard can run every action's validation and server function for a given person.
 */
export function createAction<S extends z.ZodType, T>(
  schema: S,
  run: TActionDefinition<S, T>["run"],
  // Only the actions of a pending sign-in step (choosing one's password, enrolling a second
  // factor) may run before that step is done: every other action refuses such a person.
  options: { duringPendingStep?: boolean } = {},
) {
  const definition: TActionDefinition<S, T> = { schema, run };
  const action = async (raw: unknown): Promise<TActionResult<T>> => {
    let actor: TCurrentActor;
    try {
      actor = options.duringPendingStep ? await requireSignedInActor() : await requireActor();
    } catch (error) {
      // No one is signed in, so no one's language is known: the product's default.
      return toActionFailure(error, DEFAULT_LOCALE);
    }
    const result = await executeAction(definition, actor, raw, new Date());
    if (result.ok) revalidatePath("/", "layout");
    return result;
  };
  // The audit events it writes carry the request's address and User-Agent (record-event.ts).
  const withRequestMetadata = async (raw: unknown): Promise<TActionResult<T>> =>
    runWithRequestMetadata(requestMetadataOf(await headers(), env().trustProxy), () => action(raw));
  return Object.assign(withRequestMetadata, { definition });
}

/**
 * Validation, then the one server function; every failure becomes what a browser may see,
 * worded in the actor's own language (validation messages too).
 */
export async function executeAction<S extends z.ZodType, T>(
  definition: TActionDefinition<S, T>,
  actor: TCurrentActor,
  raw: unknown,
  now: Date,
): Promise<TActionResult<T>> {
  return runValidated(definition.schema, actor.locale, raw, (input) => definition.run(actor, input, now));
}

/**
 * The steps every action shares, signed in or not: `raw` validated by `schema` with messages in
 * `locale`, then `run` with the parsed input; any failure becomes what a browser may see.
 */
export async function runValidated<S extends z.ZodType, T>(
  schema: S,
  locale: TLocale,
  raw: unknown,
  run: (input: z.infer<S>) => Promise<T>,
): Promise<TActionResult<T>> {
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
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    return toActionFailure(error, locale);
  }
}
