import { describe, expect, it } from "vitest";
import { sketchSchema } from "./sketch-schema";

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
    [{ type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, "{ [key: string]: string[] }"],
  ])("sketches %j as %s", (schema, expected) => {
    expect(sketchSchema(schema)).toBe(expected);
  });

  it("marks optional fields and keeps descriptions as comments", () => {
    const schema = {
      type: "object",
      properties: { id: { type: "string" }, note: { type: "string", description: "Ghi chú" }, tags: { type: "array", items: { type: "object", properties: { a: { type: "number" } }, required: ["a"] } } },
      required: ["id"],
    };
    expect(sketchSchema(schema)).toBe("{\n  id: string\n  note?: string  // Ghi chú\n  tags?: {\n    a: number\n  }[]\n}");
  });
});
