import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withValidationLocale } from "@/lib/i18n/validation";
import type { TLocale } from "@/lib/i18n/locales";

// Every message a schema can produce is shown to a person (a form field, an API `fields`
// entry), in their language. None may be one of zod's defaults: neither its English
// ("Invalid input: expected string, received undefined") nor the generic Vietnamese of its
// locale, which names types ("mong đợi string") instead of saying what to enter. A person who
// reads English gets no Vietnamese, and the other way round.

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "./api/*.ts", "!./*.test.ts"], { eager: true });

/** The input schemas: response shapes (ZApi…) are written by the server, never parsed from people. */
const inputSchemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name.startsWith("Z") && !name.startsWith("ZApi") && value instanceof z.ZodType)
    .map(([name, value]) => [`${file.replace("./", "")} ${name}`, value as z.ZodType] as const),
);

const ZOD_DEFAULT: Record<TLocale, RegExp> = {
  vi: /\b(Invalid|expected|received|Too (big|small)|Unrecognized|Required)\b|Đầu vào không hợp lệ|mong đợi|nhận được/,
  en: /Invalid input|expected \w+, received|Too (big|small):|Unrecognized key|Invalid (string|option)|Đầu vào không hợp lệ|mong đợi|nhận được/,
};
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
/** Document symbols quoted as examples, the same in both languages. */
const QUOTED_SYMBOLS = /CĐ-TTg/g;

const wrongValues: unknown[] = [
  undefined,
  null,
  "",
  "x",
  "\u0000",
  0,
  -1,
  1.5,
  true,
  [],
  {},
  ["a"],
  { a: 1 },
  "2026-02-31",
  "x".repeat(5000),
];

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function messagesOf(locale: TLocale, schema: z.ZodType, input: unknown): string[] {
  const result = withValidationLocale(locale, () => schema.safeParse(input));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "(whole)"}: ${i.message}`);
}

function offending(locale: TLocale, messages: string[]): string[] {
  return messages.filter((m) => {
    const isVietnamese = VIETNAMESE.test(m.replace(QUOTED_SYMBOLS, ""));
    return ZOD_DEFAULT[locale].test(m) || (locale === "vi" ? !isVietnamese : isVietnamese);
  });
}

describe.each(["vi", "en"] as const)("every validation message a person can see is ours, in %s", (locale) => {
  it("finds the input schemas", () => {
    expect(inputSchemas.length).toBeGreaterThan(25);
  });

  it.each(inputSchemas)("%s: wrong values field by field", (_name, schema) => {
    const messages = wrongValues.flatMap((whole) => messagesOf(locale, schema, whole));
    for (const key of keysOf(schema))
      for (const value of wrongValues) messages.push(...messagesOf(locale, schema, { [key]: value }));
    expect(offending(locale, messages)).toEqual([]);
  });

  it.each(inputSchemas)("%s: any JSON", (_name, schema) => {
    const keys = keysOf(schema);
    const body = keys.length ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()) : fc.jsonValue();
    fc.assert(
      fc.property(body, (input) => offending(locale, messagesOf(locale, schema, input)).length === 0),
      { numRuns: 200 },
    );
  });
});

it("words the same refusal in the language of the parse", () => {
  const schema = modules["./step-actions.ts"].ZReturnStep as z.ZodType;
  const bad = { stepId: "not-a-uuid", expectedVersion: "1", reason: "Không kịp\u0000 hạn chót" };
  expect(messagesOf("vi", schema, bad)).toEqual([
    "stepId: Mã khâu không hợp lệ.",
    "expectedVersion: Phiên bản khâu (expectedVersion) phải là một số.",
    "reason: Lý do chứa ký tự điều khiển không được phép (U+0000); chỉ được xuống dòng và dùng tab.",
  ]);
  expect(messagesOf("en", schema, bad)).toEqual([
    "stepId: Invalid step id.",
    "expectedVersion: The step version (expectedVersion) must be a number.",
    "reason: The reason contains a control character that is not allowed (U+0000); only line breaks and tabs are allowed.",
  ]);
});
