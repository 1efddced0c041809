import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { isDomainError, type TDomainErrorCode } from "@/lib/server/errors/domain-error";

const statusOf: Record<TDomainErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  INVALID_STATE: 409,
};

/**
 * A JSON error `{ error: { code, message } }` for a route handler, worded in `locale` (the
 * requester's, or DEFAULT_LOCALE before they are known); unexpected errors are logged, never shown.
 */
export function reportErrorResponse(e: unknown, locale: TLocale): Response {
  if (isDomainError(e))
    return Response.json({ error: { code: e.code, message: e.messageIn(locale) } }, { status: statusOf[e.code] });
  console.error("[reports] could not build the report", e);
  return Response.json(
    { error: { code: "INTERNAL", message: translate(locale, msg("errors.reportFailed")) } },
    { status: 500 },
  );
}
