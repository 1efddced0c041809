import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { TLocale } from "@/lib/i18n/locales";
import { msg, type TMessage } from "@/lib/i18n/message";
import { withValidationLocale } from "@/lib/i18n/validation";
import { issuesByField } from "@/lib/schemas/issues-by-field";
import "@/lib/schemas/zod-messages";
import { DomainError } from "@/lib/server/errors/domain-error";
import type { TApiRoute } from "./define-api-route";

export type TParsedRequest = {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  rawBody: unknown;
};

const MAX_BODY_BYTES = 256 * 1024;

/**
 * Path, query and body through the route's zod schemas. A malformed id in the path names
 * nothing that can exist, so it is 404 like an unknown one; a bad query or body is 400 with
 * every invalid field named. Unknown query parameters and body fields are refused rather than
 * ignored, so that a misspelt filter never silently widens a list and a misspelt optional
 * field ("not" for "note") is never silently lost. zod's messages come out in `locale`, the
 * caller's language.
 */
export async function parseRequest(
  route: TApiRoute,
  request: Request,
  rawParams: Record<string, string | string[]>,
  locale: TLocale,
): Promise<TParsedRequest> {
  const params = route.params
    ? withValidationLocale(locale, () => route.params!.safeParse(rawParams))
    : { success: true as const, data: {} };
  if (!params.success) throw new DomainError("NOT_FOUND", msg("api.pathIdInvalid"));
  const query = parseQuery(route, new URL(request.url).searchParams, locale);
  if (!route.body) return { params: params.data, query, body: undefined, rawBody: undefined };
  if (route.upload) return { params: params.data, query, ...(await readUpload(route, request, locale)) };
  const rawBody = await readJsonObject(request);
  refuseUnknownFields(route.body.schema, rawBody);
  const fromPath = Object.fromEntries(
    Object.entries(route.body.fromPath ?? {}).map(([field, param]) => [
      field,
      (params.data as Record<string, unknown>)[param],
    ]),
  );
  const schema = route.body.schema;
  const body = withValidationLocale(locale, () => schema.safeParse({ ...rawBody, ...fromPath }));
  if (!body.success) {
    throw new DomainError("INVALID_INPUT", msg("api.bodyInvalid"), issuesByField(body.error, "body"));
  }
  return { params: params.data, query, body: body.data, rawBody };
}

function parseQuery(route: TApiRoute, search: URLSearchParams, locale: TLocale): Record<string, unknown> {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) if (value !== "" && !(key in raw)) raw[key] = value;
  const known = new Set(Object.keys(route.query?.shape ?? {}));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const fields = Object.fromEntries(unknown.map((k) => [k, [msg("api.queryParamUnsupported")]]));
    throw new DomainError("INVALID_INPUT", msg("api.queryParamsUnsupported", { names: unknown.join(", ") }), fields);
  }
  if (!route.query) return {};
  const query = route.query;
  const parsed = withValidationLocale(locale, () => query.safeParse(raw));
  if (!parsed.success)
    throw new DomainError("INVALID_INPUT", msg("api.queryInvalid"), issuesByField(parsed.error, "query"));
  return parsed.data;
}

async function readJsonObject(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > maxBytes) throw bodyError(msg("api.bodyTooLarge", { kilobytes: maxBytes / 1024 }));
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bodyError(msg("api.bodyNotJson"));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw bodyError(msg("api.bodyNotObject"));
  }
  return value as Record<string, unknown>;
}

/** A body refused as a whole still names what is wrong, under `fields.body`, like any other field. */
function bodyError(message: TMessage): DomainError {
  return new DomainError("INVALID_INPUT", message, { body: [message] });
}

function refuseUnknownFields(schema: z.ZodType, body: Record<string, unknown>): void {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) return;
  const unknown = Object.keys(body).filter((k) => !(k in shape));
  if (unknown.length === 0) return;
  const fields = Object.fromEntries(unknown.map((k) => [k, [msg("api.bodyFieldUnsupported")]]));
  throw new DomainError("INVALID_INPUT", msg("api.bodyFieldsUnsupported", { names: unknown.join(", ") }), fields);
}

/**
 * An upload route's body: a multipart form with the file in field "file", or JSON rows checked
 * by the route's schema. The declared length is checked before anything is read, and the bytes
 * as they arrive, so a 50 MB upload is refused without being held in memory.
 */
async function readUpload(
  route: TApiRoute,
  request: Request,
  locale: TLocale,
): Promise<{ body: unknown; rawBody: unknown }> {
  const maxBytes = route.upload!.maxBytes;
  const tooLarge = (bytes: number) =>
    new DomainError(
      "INVALID_INPUT",
      msg("errors.importTooLarge", { megabytes: Math.ceil(bytes / 1024 / 1024), max: maxBytes / 1024 / 1024 }),
      {
        body: [
          msg("errors.importTooLarge", { megabytes: Math.ceil(bytes / 1024 / 1024), max: maxBytes / 1024 / 1024 }),
        ],
      },
    );
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + 64 * 1024) throw tooLarge(declared);
  const bytes = await readLimited(request, maxBytes + 64 * 1024, tooLarge);
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { "content-type": type } }).formData();
    } catch {
      throw bodyError(msg("errors.importNotXlsxType"));
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw bodyError(msg("errors.importNoFile"));
    if (file.size > maxBytes) throw tooLarge(file.size);
    const fileBytes = new Uint8Array(await file.arrayBuffer());
    const digest = createHash("sha256").update(fileBytes).digest("hex");
    return {
      body: { kind: "file", fileName: file.name, bytes: fileBytes },
      rawBody: { file: file.name, sha256: digest },
    };
  }
  if (!type.startsWith("application/json")) throw bodyError(msg("errors.importNotXlsxType"));
  const raw = await readJsonObject(new Request("http://local/", { method: "POST", body: bytes as BodyInit }), maxBytes);
  refuseUnknownFields(route.body!.schema, raw);
  const parsed = withValidationLocale(locale, () => route.body!.schema.safeParse(raw));
  if (!parsed.success) {
    throw new DomainError("INVALID_INPUT", msg("api.bodyInvalid"), issuesByField(parsed.error, "body"));
  }
  return { body: { kind: "json", json: parsed.data }, rawBody: raw };
}

async function readLimited(request: Request, limit: number, tooLarge: (n: number) => Error): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
