import "server-only";
import { z } from "zod";

export type TJsonSchema = Record<string, unknown>;

/** A coerced date as a client sends it; its description is a catalog key, worded with the rest (openapi-words.ts). */
const DATE_INPUT: TJsonSchema = { type: "string", description: "openapi.schemas.dateInput" };

/**
 * The JSON Schema (2020-12, the dialect of OpenAPI 3.1) of a zod schema: what a request may
 * send (`input`: defaults optional, coerced dates as strings) or what a response holds
 * (`output`: objects closed with additionalProperties: false, so the contract test also
 * catches fields a serialiser leaks without documenting them).
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    reused: "inline",
    unrepresentable: (ctx) => (ctx.zodSchema._zod.def.type === "date" ? DATE_INPUT : "throw"),
  }) as TJsonSchema;
  delete json.$schema;
  return json;
}

/** The body as a client sends it: without the fields the server takes from the path. */
export function withoutProperties(schema: TJsonSchema, names: readonly string[]): TJsonSchema {
  if (names.length === 0) return schema;
  const properties = { ...(schema.properties as Record<string, TJsonSchema> | undefined) };
  for (const n of names) delete properties[n];
  const required = ((schema.required as string[] | undefined) ?? []).filter((r) => !names.includes(r));
  const result: TJsonSchema = { ...schema, properties, required };
  if (required.length === 0) delete result.required;
  return result;
}
