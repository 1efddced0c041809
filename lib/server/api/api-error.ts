import "server-only";
import type { TApiError, TApiErrorCode } from "@/lib/schemas/api/common";
import type { TLocale } from "@/lib/i18n/locales";
import { msg, type TMessage } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { isDomainError, type TDomainErrorCode } from "@/lib/server/errors/domain-error";
import { isOverloadError } from "@/lib/server/errors/is-overload-error";

const STATUS_OF_DOMAIN_CODE: Record<TDomainErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
};

/**
 * Failures that belong to the HTTP layer rather than the domain: rate limits, idempotency keys.
 * Like a DomainError it carries its sentence as a catalog key (msg("api.x")), worded in the
 * caller's language by toErrorReply; `message` is the Vietnamese wording, for logs and tests.
 */
export class ApiError extends Error {
  readonly text: TMessage;

  constructor(
    readonly status: number,
    readonly code: TApiErrorCode,
    text: TMessage,
    readonly headers: Record<string, string> = {},
    readonly fields?: Record<string, Array<string | TMessage>>,
  ) {
    super(translate("vi", text));
    this.name = "ApiError";
    this.text = text;
  }
}

/** A pool wait that timed out clears within about a second once the burst is served. */
const OVERLOAD_RETRY_SECONDS = 1;

export type TErrorReply = { status: number; body: TApiError; headers: Record<string, string> };

/**
 * Every failure as the one error shape, worded in `locale` (the caller's, or DEFAULT_LOCALE
 * before they are known). DomainErrors and ApiErrors are expected and shown as they are;
 * anything else (a bug, a database message) is logged with an id and answered with a generic
 * 500 that carries only that id, never a stack trace or SQL.
 */
export function toErrorReply(e: unknown, locale: TLocale): TErrorReply {
  if (e instanceof ApiError) {
    return {
      status: e.status,
      body: errorBody(e.code, translate(locale, e.text), wordFields(e.fields, locale)),
      headers: e.headers,
    };
  }
  if (isDomainError(e)) {
    const headers: Record<string, string> =
      e.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="api"' } : {};
    return {
      status: STATUS_OF_DOMAIN_CODE[e.code],
      body: errorBody(e.code, e.messageIn(locale), e.fieldErrorsIn(locale)),
      headers,
    };
  }
  if (isOverloadError(e)) {
    return {
      status: 503,
      body: errorBody("OVERLOADED", translate(locale, msg("api.overloaded", { seconds: OVERLOAD_RETRY_SECONDS }))),
      headers: { "Retry-After": String(OVERLOAD_RETRY_SECONDS) },
    };
  }
  const incident = crypto.randomUUID();
  console.error(`[api] unexpected error ${incident}`, e);
  return {
    status: 500,
    body: errorBody("INTERNAL", translate(locale, msg("api.internal", { incident }))),
    headers: {},
  };
}

function wordFields(
  fields: Record<string, Array<string | TMessage>> | undefined,
  locale: TLocale,
): Record<string, string[]> | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(
    Object.entries(fields).map(([field, list]) => [
      field,
      list.map((m) => (typeof m === "string" ? m : translate(locale, m))),
    ]),
  );
}

function errorBody(code: TApiErrorCode, message: string, fields?: Record<string, string[]>): TApiError {
  return { error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message } };
}
