import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TOpenApiKey } from "../define-api-route";
import type { TJsonSchema } from "./json-schema-of";

/** Words a key of the "openapi" namespace in one language. */
export type TOpenApiWords = (key: TOpenApiKey, values?: Record<string, string>) => string;

export function openApiWordsIn(locale: TLocale): TOpenApiWords {
  const t = translatorFor(locale) as unknown as (key: string, values?: Record<string, string>) => string;
  return (key, values) => t(key, values);
}

/** Several keys worded one after the other, separated by a space (a step action's own text, then what they all share). */
export function wordAll(word: TOpenApiWords, keys: TOpenApiKey | readonly TOpenApiKey[]): string {
  return (typeof keys === "string" ? [keys] : keys).map((k) => word(k)).join(" ");
}

const OPENAPI_KEY = /^openapi\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/;
/** Where a zod schema's `.meta()` puts the values of its description's sentence (lib/schemas/api/common.ts). */
const VALUES = "x-messageValues";

/**
 * A JSON Schema with every description that is a key of the "openapi" namespace worded (the
 * `.meta({ description })` texts of lib/schemas/api are keys: those schemas reach the browser
 * and carry no catalog). Returns a copy: the schema zod built may share objects between calls.
 * Defaults, constants and enum values are data and are left as they are.
 */
export function wordSchema(schema: TJsonSchema, word: TOpenApiWords): TJsonSchema {
  return wordNode(schema, word) as TJsonSchema;
}

function wordNode(node: unknown, word: TOpenApiWords): unknown {
  if (Array.isArray(node)) return node.map((n) => wordNode(n, word));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === VALUES) continue;
    if (key === "default" || key === "const" || key === "enum" || key === "examples") out[key] = value;
    else out[key] = wordNode(value, word);
  }
  const description = (node as Record<string, unknown>).description;
  if (typeof description === "string" && OPENAPI_KEY.test(description)) {
    const values = (node as Record<string, unknown>)[VALUES] as Record<string, unknown> | undefined;
    // Numbers as written ("1000", not "1.000"): they are limits, not quantities to format.
    out.description = word(
      description as TOpenApiKey,
      values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
    );
  }
  return out;
}
