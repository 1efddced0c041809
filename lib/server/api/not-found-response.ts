import "server-only";
import type { TApiError } from "@/lib/schemas/api/common";

export function notFoundResponse(): Response {
  const body: TApiError = { error: { code: "NOT_FOUND", message: "Không có địa chỉ này trong API v1. Xem /api/v1/openapi.json." } };
  return Response.json(body, { status: 404, headers: { "Cache-Control": "no-store" } });
}
