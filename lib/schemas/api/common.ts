import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";

// Building blocks of the REST API's request and response schemas. The OpenAPI document is
// generated from these and from the shared form schemas, so they are the contract.
// A `.meta({ description })` here is a key of the catalogs' server-only "openapi" namespace
// ("openapi.schemas.cursor"), not a sentence: these schemas also reach the browser, so they
// carry no catalog. The document builder words every such key in the reader's language, with
// the values in `"x-messageValues"` if the sentence takes any.

/** Every id is a UUID, sent and returned as a string. */
export const ZApiId = z.uuid(vm("api.badId"));
/** An instant, ISO 8601 with an offset ("2026-03-03T03:00:00.000Z", "2026-03-03T10:00:00+07:00"). */
export const ZInstant = z.iso.datetime({ offset: true });
/** A calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
export const ZLocalDay = z.iso.date(vm("api.day"));

export const ZApiErrorCode = z.enum([
  "INVALID_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "IDEMPOTENCY_KEY_REUSED",
  "RATE_LIMITED",
  "OVERLOADED",
  "INTERNAL",
]);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

/** The one error shape: `fields` names every invalid field ("steps.2.ownerId") when there are any. */
export const ZApiError = z
  .object({
    error: z.object({
      code: ZApiErrorCode,
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ title: "Error" });
export type TApiError = z.infer<typeof ZApiError>;

/** A page of a collection; pass `nextCursor` back as `cursor` for the next page (null: no more). */
export function ZPageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZCursorParam = z.string().min(1).max(500).optional().meta({ description: "openapi.schemas.cursor" });
/** Query values are text: only plain digits are read as a count ("0x10", "1e1", " 5" are refused). */
export const ZLimitParam = (max: number, fallback: number) => {
  const message = vm("api.limit", { max });
  return z
    .string()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(1, message).max(max, message))
    .default(fallback)
    .meta({ description: "openapi.schemas.limit", "x-messageValues": { max, fallback } });
};

/** The path of every single-resource endpoint. */
export const ZIdPath = z.object({ id: ZApiId });

export const ZPersonRef = z.object({ id: ZApiId, name: z.string() });
export const ZUnitRef = z.object({ id: ZApiId, name: z.string() });
