import "server-only";
import type { z } from "zod";
import type { TMessageKey } from "@/lib/i18n/message";
import type { TTokenInfo } from "@/lib/server/api-tokens/authenticate-api-token";
import type { TCurrentActor } from "@/lib/server/auth/get-current-actor";

// One declaration per endpoint: method, path, summary (a catalog key) and the zod schemas of its path, query,
// body and response, with the one server function it calls. The route wrapper validates with
// these schemas and the OpenAPI document is generated from the very same objects, so the
// documentation cannot drift from what the server accepts and returns.

/**
 * A sentence of the reference: a key of the catalogs' server-only "openapi" namespace, worded
 * when the document is built for a reader (buildOpenApiDocument(locale)).
 */
export type TOpenApiKey = Extract<TMessageKey, `openapi.${string}`>;

export type TApiAuth =
  { via: "token"; actor: TCurrentActor; token: TTokenInfo } | { via: "session"; actor: TCurrentActor; token: null };

export type TRunContext<P, Q, B> = { auth: TApiAuth; actor: TCurrentActor; params: P; query: Q; body: B; now: Date };

/** Error statuses a route may answer besides 401 and 429 (every route) and 422 (every write). */
export type TErrorStatus = 400 | 403 | 404 | 409;

type TEmpty = z.ZodObject<{}>;

type TCommon<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path template below /api/v1, e.g. "/steps/{id}/start". */
  path: `/${string}`;
  operationId: string;
  tag: TOpenApiKey;
  summary: TOpenApiKey;
  /** Several keys are worded one after the other, separated by a space. */
  description?: TOpenApiKey | readonly TOpenApiKey[];
  params?: P;
  query?: Q;
  /**
   * The body is validated with a shared schema; `fromPath` names the schema fields that come
   * from the URL instead (e.g. stepId ← {id}). The document shows the body without them.
   */
  body?: { schema: B; fromPath?: Record<string, keyof z.output<P> & string>; example?: Record<string, unknown> };
  /** Query values for the curl example; checked against `query` by a unit test like the body example. */
  exampleQuery?: Record<string, string>;
  errors: readonly TErrorStatus[];
  /**
   * The body may be a file as well as JSON: multipart/form-data with the file in field "file",
   * up to `maxBytes`, or the JSON `body.schema` describes, up to the same size.
   */
  upload?: { maxBytes: number; fileContentType: string };
};

export type TJsonRouteDef<
  P extends z.ZodObject,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
> = TCommon<P, Q, B> & {
  response: { status: 200 | 201; description: TOpenApiKey; schema: R };
  run: (ctx: TRunContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R>>;
};

export type TFileResult = { bytes: ArrayBuffer | Uint8Array; fileName: string };

export type TFileRouteDef<P extends z.ZodObject, Q extends z.ZodObject> = TCommon<P, Q, z.ZodUndefined> & {
  response: { status: 200; description: TOpenApiKey; contentType: string };
  run: (ctx: TRunContext<z.output<P>, z.output<Q>, undefined>) => Promise<TFileResult>;
};

/** What an upload route's run receives: the file sent, or the JSON body parsed by its schema. */
export type TUploadBody<J> = { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "json"; json: J };

export type TUploadRouteDef<
  P extends z.ZodObject,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
> = Omit<TCommon<P, Q, B>, "upload"> & {
  upload: { maxBytes: number; fileContentType: string };
  response: { status: 200 | 201; description: TOpenApiKey; schema: R };
  run: (ctx: TRunContext<z.output<P>, z.output<Q>, TUploadBody<z.output<B>>>) => Promise<z.input<R>>;
};

/** The declaration with its types erased, as the wrapper and the document generator read it. */
export type TApiRoute = Omit<TCommon<z.ZodObject, z.ZodObject, z.ZodType>, "body"> & {
  kind: "json" | "file";
  body?: { schema: z.ZodType; fromPath?: Record<string, string>; example?: Record<string, unknown> };
  response: { status: number; description: TOpenApiKey; schema?: z.ZodType; contentType: string };
  // `any`: each declaration's own run is checked against its schemas in defineApiRoute.
  run: (ctx: TRunContext<any, any, any>) => Promise<unknown>;
};

export function defineApiRoute<
  P extends z.ZodObject = TEmpty,
  Q extends z.ZodObject = TEmpty,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(def: TJsonRouteDef<P, Q, B, R>): TApiRoute {
  return {
    ...def,
    kind: "json",
    response: { ...def.response, contentType: "application/json" },
  } as unknown as TApiRoute;
}

export function defineFileRoute<P extends z.ZodObject = TEmpty, Q extends z.ZodObject = TEmpty>(
  def: TFileRouteDef<P, Q>,
): TApiRoute {
  return { ...def, kind: "file" } as unknown as TApiRoute;
}

/** An endpoint that takes a file (multipart) or the same rows as JSON: the imports. */
export function defineUploadRoute<
  P extends z.ZodObject = TEmpty,
  Q extends z.ZodObject = TEmpty,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(def: TUploadRouteDef<P, Q, B, R>): TApiRoute {
  return {
    ...def,
    kind: "json",
    response: { ...def.response, contentType: "application/json" },
  } as unknown as TApiRoute;
}
