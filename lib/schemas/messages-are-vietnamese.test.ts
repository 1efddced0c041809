import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every message a schema can produce is shown to a person (a form field, an API `fields`
// entry). None may be one of zod's defaults: neither English ("Invalid input: expected
// string, received undefined") nor the generic Vietnamese of its locale, which names types
// ("mong đợi string") instead of saying what to enter.

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "./api/*.ts", "!./*.test.ts"], { eager: true });

/** The input schemas: response shapes (ZApi…) are written by the server, never parsed from people. */
const inputSchemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name.startsWith("Z") && !name.startsWith("ZApi") && value instanceof z.ZodType)
    .map(([name, value]) => [`${file.replace("./", "")} ${name}`, value as z.ZodType] as const),
);

const DEFAULT_MESSAGE = /\b(Invalid|expected|received|Too (big|small)|Unrecognized|Required)\b|Đầu vào không hợp lệ|mong đợi|nhận được/;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

const wrongValues: unknown[] = [undefined, null, "", "x", "\u0000", 0, -1, 1.5, true, [], {}, ["a"], { a: 1 }, "2026-02-31", "x".repeat(5000)];

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "(whole)"}: ${i.message}`);
}

function offending(messages: string[]): string[] {
  return messages.filter((m) => DEFAULT_MESSAGE.test(m) || !VIETNAMESE.test(m));
}

describe("every validation message a person can see is our Vietnamese", () => {
  it("finds the input schemas", () => {
    expect(inputSchemas.length).toBeGreaterThan(25);
  });

  it.each(inputSchemas)("%s: wrong values field by field", (_name, schema) => {
    const messages = wrongValues.flatMap((whole) => messagesOf(schema, whole));
    for (const key of keysOf(schema)) for (const value of wrongValues) messages.push(...messagesOf(schema, { [key]: value }));
    expect(offending(messages)).toEqual([]);
  });

  it.each(inputSchemas)("%s: any JSON", (_name, schema) => {
    const keys = keysOf(schema);
    const body = keys.length ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()) : fc.jsonValue();
    fc.assert(fc.property(body, (input) => offending(messagesOf(schema, input)).length === 0), { numRuns: 200 });
  });
});
