import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { requireActor, type TCurrentActor } from "@/lib/server/auth/get-current-actor";
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

/** Maps any thrown error to what a browser may see: a DomainError as it is, anything else generically. */
export function toActionFailure(error: unknown): TActionFailure {
  if (isDomainError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  if (isOverloadError(error)) return { ok: false, code: "OVERLOADED", message: "Hệ thống đang quá tải, thao tác chưa được ghi nhận. Thử lại sau vài giây." };
  console.error("[action] unexpected error", error);
  return { ok: false, code: "INTERNAL", message: "Đã có lỗi phía máy chủ, thao tác chưa được ghi nhận. Thử lại sau ít phút." };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

/**
 * Builds every server action: reads the session on the server (never trusting ids from the
 * input), validates with the shared schema, runs exactly one lib/server function with the
 * clock read here, revalidates, and returns a typed result. A server action is a public
 * endpoint, so none of these steps may be skipped. Every page is rendered per request, so
 * revalidating the root layout only drops the client's router cache.
 */
export function createAction<S extends z.ZodType, T>(schema: S, run: (actor: TCurrentActor, input: z.infer<S>, now: Date) => Promise<T>) {
  const action = async (raw: unknown): Promise<TActionResult<T>> => {
    try {
      const actor = await requireActor();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: "INVALID_INPUT", message: "Thông tin nhập chưa hợp lệ, xem các ô được đánh dấu.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      const data = await run(actor, parsed.data, new Date());
      revalidatePath("/", "layout");
      return { ok: true, data };
    } catch (error) {
      return toActionFailure(error);
    }
  };
  // The audit events it writes carry the request's address and User-Agent (record-event.ts).
  return async (raw: unknown): Promise<TActionResult<T>> => runWithRequestMetadata(requestMetadataOf(await headers(), env().trustProxy), () => action(raw));
}
