import "server-only";
import { isDomainError, type TDomainErrorCode } from "@/lib/server/errors/domain-error";

const statusOf: Record<TDomainErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID_INPUT: 400, CONFLICT: 409, INVALID_STATE: 409,
};

/** A JSON error `{ error: { code, message } }` for a route handler; unexpected errors are logged, never shown. */
export function reportErrorResponse(e: unknown): Response {
  if (isDomainError(e)) return Response.json({ error: { code: e.code, message: e.message } }, { status: statusOf[e.code] });
  console.error("Lỗi khi lập báo cáo", e);
  return Response.json({ error: { code: "INTERNAL", message: "Không lập được báo cáo. Thử lại sau hoặc báo quản trị hệ thống." } }, { status: 500 });
}
