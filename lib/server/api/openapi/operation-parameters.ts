import "server-only";
import type { TApiRoute } from "../define-api-route";
import { jsonSchemaOf, type TJsonSchema } from "./json-schema-of";
import { wordSchema, type TOpenApiWords } from "./openapi-words";

export type TParameter = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: TJsonSchema;
};

/** Path and query parameters from the route's zod objects, plus Idempotency-Key on writes. */
export function operationParameters(route: TApiRoute, word: TOpenApiWords): TParameter[] {
  const parameters = [...fromObject(route.params, "path", word), ...fromObject(route.query, "query", word)];
  if (route.method !== "GET") {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: word("openapi.headers.idempotencyKey"),
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  }
  return parameters;
}

function fromObject(schema: TApiRoute["params"], where: "path" | "query", word: TOpenApiWords): TParameter[] {
  if (!schema) return [];
  const json = wordSchema(jsonSchemaOf(schema, "input"), word);
  const properties = (json.properties ?? {}) as Record<string, TJsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: propertySchema,
  }));
}
