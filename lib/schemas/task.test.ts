import { describe, expect, it } from "vitest";
import { ZCreateTask } from "./task";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const valid = {
  directiveId: A,
  title: "Chấn chỉnh tình trạng đùn đẩy",
  leadUnitId: A,
  deadline: "2026-11-30",
  templateId: B,
  steps: [{ ownerId: B, deadline: "2026-11-20" }],
};

describe("ZCreateTask", () => {
  it("fills the optional fields", () => {
    expect(ZCreateTask.parse(valid)).toMatchObject({
      point: "",
      description: "",
      coordinatingUnitIds: [],
      priority: "NORMAL",
      expectedResult: "",
    });
  });

  it.each([
    ["a step without an owner", { steps: [{ ownerId: "", deadline: "2026-11-20" }] }, "steps.0.ownerId"],
    ["no steps", { steps: [] }, "steps"],
    ["the lead unit also coordinating", { coordinatingUnitIds: [A] }, "coordinatingUnitIds"],
    ["a unit coordinating twice", { coordinatingUnitIds: [B, B] }, "coordinatingUnitIds"],
    ["an impossible deadline", { deadline: "2026-11-31" }, "deadline"],
    ["a short title", { title: "abc" }, "title"],
  ])("refuses %s on the right field", (_label, over, path) => {
    const result = ZCreateTask.safeParse({ ...valid, ...over });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});
