import { describe, expect, it } from "vitest";
import { sketchSchema, sketchWordsIn } from "./sketch-schema";

const vi = sketchWordsIn("vi");

describe("sketchSchema", () => {
  it.each([
    [{ type: "string", format: "uuid" }, "string (uuid)"],
    [{ type: "string", minLength: 3, maxLength: 100 }, "string (3–100 ký tự)"],
    [{ type: ["string", "null"] }, "string | null"],
    [{ type: "string", enum: ["OPEN", "DONE"] }, '"OPEN" | "DONE"'],
    [{ type: "integer", minimum: 0, maximum: 9007199254740991 }, "integer (≥ 0)"],
    [{ type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 }, "integer"],
    [{ type: "array", items: { type: "string" } }, "string[]"],
    [{ type: "array", items: { type: "string", enum: ["a", "b"] } }, '("a" | "b")[]'],
    [{ anyOf: [{ type: "boolean" }, { type: "string", const: "" }] }, 'boolean | ""'],
    [
      { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      "{ [key: string]: string[] }",
    ],
  ])("sketches %j as %s", (schema, expected) => {
    expect(sketchSchema(schema, vi)).toBe(expected);
  });

  it("marks optional fields and keeps descriptions as comments", () => {
    const schema = {
      type: "object",
      properties: {
        id: { type: "string" },
        note: { type: "string", description: "Ghi chú" },
        tags: { type: "array", items: { type: "object", properties: { a: { type: "number" } }, required: ["a"] } },
      },
      required: ["id"],
    };
    expect(sketchSchema(schema, vi)).toBe(
      "{\n  id: string\n  note?: string  // Ghi chú\n  tags?: {\n    a: number\n  }[]\n}",
    );
  });

  it("words the units of limits and a file body in the reader's language", () => {
    const en = sketchWordsIn("en");
    expect(sketchSchema({ type: "string", minLength: 3, maxLength: 100 }, en)).toBe("string (3–100 characters)");
    expect(sketchSchema({ type: "array", items: { type: "string" }, maxItems: 20 }, en)).toBe("string[] (≤ 20 items)");
    expect(sketchSchema({ type: "string", contentMediaType: "application/pdf" }, en)).toBe("string (file)");
    expect(sketchSchema({ type: "string", contentMediaType: "application/pdf" }, vi)).toBe("string (tệp)");
  });
});
