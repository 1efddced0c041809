import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import type { TJsonSchema } from "./json-schema-of";
import { openApiWordsIn } from "./openapi-words";

/** The few words a sketch needs: the units of limits ("3–100 characters") and the name of a file body. */
export type TSketchWords = { items: string; characters: string; file: string };

export function sketchWordsIn(locale: TLocale): TSketchWords {
  const word = openApiWordsIn(locale);
  return {
    items: word("openapi.sketch.items"),
    characters: word("openapi.sketch.characters"),
    file: word("openapi.sketch.file"),
  };
}

/**
 * A JSON Schema as a short, TypeScript-like sketch for the reference page: `name?: string`
 * for an optional field, enums as unions, formats and limits in parentheses, descriptions as
 * comments. It reads the same document the API serves, so the page cannot drift from it.
 */
export function sketchSchema(schema: TJsonSchema, words: TSketchWords, indent = ""): string {
  const alternatives = (schema.anyOf ?? schema.oneOf) as TJsonSchema[] | undefined;
  if (alternatives) return alternatives.map((s) => sketchSchema(s, words, indent)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  return types.map((t) => sketchType(t, schema, words, indent)).join(" | ");
}

function sketchType(type: string | undefined, schema: TJsonSchema, words: TSketchWords, indent: string): string {
  switch (type) {
    case "object":
      return sketchObject(schema, words, indent);
    case "array": {
      const itemSchema = (schema.items ?? {}) as TJsonSchema;
      const items = sketchSchema(itemSchema, words, indent);
      const isUnion =
        Boolean(itemSchema.anyOf ?? itemSchema.oneOf ?? itemSchema.enum) || Array.isArray(itemSchema.type);
      return `${isUnion ? `(${items})` : items}[]${limits(schema, "minItems", "maxItems", ` ${words.items}`)}`;
    }
    case "string": {
      const format = (schema.format as string | undefined) ?? (schema.contentMediaType ? words.file : undefined);
      return `string${format ? ` (${format})` : ""}${limits(schema, "minLength", "maxLength", ` ${words.characters}`)}`;
    }
    case "integer":
    case "number":
      return `${type}${limits(schema, "minimum", "maximum", "", 1e15)}`;
    case undefined:
      return "any";
    default:
      return type;
  }
}

function sketchObject(schema: TJsonSchema, words: TSketchWords, indent: string): string {
  const properties = (schema.properties ?? {}) as Record<string, TJsonSchema>;
  const names = Object.keys(properties);
  if (names.length === 0) {
    const values = schema.additionalProperties;
    return typeof values === "object" && values !== null
      ? `{ [key: string]: ${sketchSchema(values as TJsonSchema, words, indent)} }`
      : "{}";
  }
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const inner = `${indent}  `;
  const lines = names.map((name) => {
    const p = properties[name];
    const comment = typeof p.description === "string" ? `  // ${p.description}` : "";
    return `${inner}${name}${required.has(name) ? "" : "?"}: ${sketchSchema(p, words, inner)}${comment}`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function limits(schema: TJsonSchema, minKey: string, maxKey: string, unit: string, ignoreAbove = Infinity): string {
  // zod bounds every integer by Number.MAX_SAFE_INTEGER: not worth showing.
  const shown = (v: unknown) => (typeof v === "number" && Math.abs(v) < ignoreAbove ? v : undefined);
  const min = shown(schema[minKey]);
  const max = shown(schema[maxKey]);
  if (min === undefined && max === undefined) return "";
  if (min !== undefined && max !== undefined) return ` (${min}–${max}${unit})`;
  return min !== undefined ? ` (≥ ${min}${unit})` : ` (≤ ${max}${unit})`;
}
