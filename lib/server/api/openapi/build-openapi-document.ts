import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { ZApiError } from "@/lib/schemas/api/common";
import type { TApiRoute, TOpenApiKey } from "../define-api-route";
import { DEFAULT_API_RATE_LIMIT_PER_MINUTE } from "../rate-limit";
import { apiRoutes } from "../registry";
import { curlExample } from "./curl-example";
import { jsonSchemaOf, withoutProperties, type TJsonSchema } from "./json-schema-of";
import { openApiWordsIn, wordAll, wordSchema, type TOpenApiWords } from "./openapi-words";
import { operationParameters } from "./operation-parameters";

export const API_VERSION = "1.0.0";

/**
 * The OpenAPI 3.1 document of /api/v1 in `locale`, built from the route declarations
 * (registry.ts) and their zod schemas: the same objects the route wrapper validates with.
 * Their texts are keys of the catalogs' "openapi" namespace, worded here; examples are data
 * and stay as written.
 */
export function buildOpenApiDocument(locale: TLocale, routes: readonly TApiRoute[] = apiRoutes) {
  const word = openApiWordsIn(locale);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route, word);
  return {
    openapi: "3.1.0",
    info: {
      title: word("openapi.info.title"),
      version: API_VERSION,
      // As written ("120"), not formatted as a quantity.
      description: word("openapi.info.description", { limit: String(DEFAULT_API_RATE_LIMIT_PER_MINUTE) }),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((tag) => ({ name: word(tag) })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "tn_…",
          description: word("openapi.security.bearer"),
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: word("openapi.security.session"),
        },
      },
    },
  };
}

export type TOpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

function operationOf(route: TApiRoute, word: TOpenApiWords) {
  const errorSchema = wordSchema(jsonSchemaOf(ZApiError, "output"), word);
  const statuses = [...new Set([...route.errors, 401, ...(route.method !== "GET" ? [422] : []), 429, 500, 503])].sort(
    (a, b) => a - b,
  );
  const responses: Record<string, unknown> = { [String(route.response.status)]: successOf(route, word) };
  for (const status of statuses) {
    responses[String(status)] = {
      description: word(`openapi.errors.${status}` as TOpenApiKey),
      ...(status === 429 || status === 503
        ? {
            headers: {
              "Retry-After": { description: word("openapi.headers.retryAfter"), schema: { type: "integer" } },
            },
          }
        : {}),
      content: { "application/json": { schema: errorSchema } },
    };
  }
  return {
    operationId: route.operationId,
    tags: [word(route.tag)],
    summary: word(route.summary),
    ...(route.description ? { description: wordAll(word, route.description) } : {}),
    parameters: operationParameters(route, word),
    ...(route.body ? { requestBody: requestBodyOf(route.body, word, route.upload) } : {}),
    responses,
    "x-codeSamples": [{ lang: "curl", label: "curl", source: curlExample(route) }],
  };
}

function requestBodyOf(body: NonNullable<TApiRoute["body"]>, word: TOpenApiWords, upload?: TApiRoute["upload"]) {
  const schema = withoutProperties(
    wordSchema(jsonSchemaOf(body.schema, "input"), word),
    Object.keys(body.fromPath ?? {}),
  );
  return {
    required: true,
    content: {
      "application/json": { schema, ...(body.example ? { example: body.example } : {}) },
      // An upload route takes the same rows as a file too (parse-request.ts, readUpload).
      ...(upload
        ? {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", contentMediaType: upload.fileContentType } },
              },
            },
          }
        : {}),
    },
  };
}

function successOf(route: TApiRoute, word: TOpenApiWords) {
  const schema: TJsonSchema = route.response.schema
    ? wordSchema(jsonSchemaOf(route.response.schema, "output"), word)
    : { type: "string", contentMediaType: route.response.contentType };
  return { description: word(route.response.description), content: { [route.response.contentType]: { schema } } };
}
