import "server-only";
import type { TApiError, TApiErrorCode } from "@/lib/schemas/api/common";
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

/** Failures that belong to the HTTP layer rather than the domain: rate limits, idempotency keys. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: TApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A pool wait that timed out clears within about a second once the burst is served. */
const OVERLOAD_RETRY_SECONDS = 1;

export type TErrorReply = { status: number; body: TApiError; headers: Record<string, string> };

/**
 * Every failure as the one error shape. DomainErrors and ApiErrors are expected and shown as
 * they are; anything else (a bug, a database message) is logged with an id and answered with a
 * generic 500 that carries only that id, never a stack trace or SQL.
 */
export function toErrorReply(e: unknown): TErrorReply {
  if (e instanceof ApiError) {
    return { status: e.status, body: errorBody(e.code, e.message, e.fields), headers: e.headers };
  }
  if (isDomainError(e)) {
    const headers: Record<string, string> = e.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="api"' } : {};
    return { status: STATUS_OF_DOMAIN_CODE[e.code], body: errorBody(e.code, e.message, e.fieldErrors), headers };
  }
  if (isOverloadError(e)) {
    return {
      status: 503,
      body: errorBody("OVERLOADED", `Hệ thống đang quá tải, yêu cầu chưa được ghi nhận. Thử lại sau ${OVERLOAD_RETRY_SECONDS} giây.`),
      headers: { "Retry-After": String(OVERLOAD_RETRY_SECONDS) },
    };
  }
  const incident = crypto.randomUUID();
  console.error(`[api] unexpected error ${incident}`, e);
  return {
    status: 500,
    body: errorBody("INTERNAL", `Đã có lỗi phía máy chủ, yêu cầu chưa được ghi nhận. Thử lại sau ít phút; nếu vẫn lỗi, báo quản trị kèm mã ${incident}.`),
    headers: {},
  };
}

function errorBody(code: TApiErrorCode, message: string, fields?: Record<string, string[]>): TApiError {
  return { error: fields && Object.keys(fields).length > 0 ? { code, message, fields } : { code, message } };
}
