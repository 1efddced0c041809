import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesByField } from "./issues-by-field";
import { ZCreateTask } from "./task";

const ZPlan = z
  .object({
    title: z
      .string()
      .min(3, "too short")
      .regex(/^[A-Z]/, "capital first"),
    steps: z
      .array(z.object({ ownerId: z.string().min(1, "owner missing"), deadline: z.string().min(1, "deadline missing") }))
      .min(1, "no steps"),
    meta: z.object({ unit: z.object({ id: z.string().min(1, "unit missing") }) }).optional(),
  })
  .refine((v) => v.title !== "Xyz", { message: "title taken", path: ["title"] })
  .refine((v) => v.steps.length < 4, { message: "too many steps" });

const step = { ownerId: "lan", deadline: "2026-11-20" };
const valid = { title: "Plan", steps: [step] };

describe("issuesByField", () => {
  it.each<[string, unknown, Record<string, string[]>]>([
    ["a flat field keeps its name", { ...valid, title: "Ab" }, { title: ["too short"] }],
    [
      "every problem of one field, in zod's order",
      { ...valid, title: "ab" },
      { title: ["too short", "capital first"] },
    ],
    [
      "a field inside an array item is named by its dotted path",
      { ...valid, steps: [step, step, { ...step, ownerId: "" }] },
      { "steps.2.ownerId": ["owner missing"] },
    ],
    [
      "two items' problems stay apart",
      {
        ...valid,
        steps: [
          { ...step, deadline: "" },
          { ...step, ownerId: "" },
        ],
      },
      { "steps.0.deadline": ["deadline missing"], "steps.1.ownerId": ["owner missing"] },
    ],
    ["a problem with the array itself is named by the array", { ...valid, steps: [] }, { steps: ["no steps"] }],
    [
      "nested objects are named all the way down",
      { ...valid, meta: { unit: { id: "" } } },
      { "meta.unit.id": ["unit missing"] },
    ],
    ["a refinement with a path is named by it", { ...valid, title: "Xyz" }, { title: ["title taken"] }],
    [
      "a refinement of the whole input goes under the given name",
      { ...valid, steps: [step, step, step, step] },
      { input: ["too many steps"] },
    ],
  ])("%s", (_label, raw, expected) => {
    const parsed = ZPlan.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(issuesByField(parsed.error!, "input")).toEqual(expected);
  });

  it("puts a problem with an input that is not an object under the given name", () => {
    const parsed = ZPlan.safeParse("not an object");
    expect(Object.keys(issuesByField(parsed.error!, "body"))).toEqual(["body"]);
  });

  it("names a step owner missing from a task by its step (steps.2.ownerId), not by steps", () => {
    const A = "11111111-1111-4111-8111-111111111111";
    const B = "22222222-2222-4222-8222-222222222222";
    const ownerStep = { ownerId: B, deadline: "2026-11-20" };
    const parsed = ZCreateTask.safeParse({
      directiveId: A,
      title: "Chấn chỉnh tình trạng đùn đẩy",
      leadUnitId: A,
      deadline: "2026-11-30",
      templateId: B,
      steps: [ownerStep, ownerStep, { ...ownerStep, ownerId: "" }],
    });
    expect(Object.keys(issuesByField(parsed.error!, "input"))).toEqual(["steps.2.ownerId"]);
  });
});
