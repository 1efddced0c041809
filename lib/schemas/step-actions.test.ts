import { describe, expect, it } from "vitest";
import { ZDecideExtension } from "./step-actions";

const base = { stepId: "6f1c2a0e-6a57-4a3e-9a55-0d6f1b2c3d4e", expectedVersion: "2", requestId: "0b7f3e9a-1c2d-4e5f-8a9b-0c1d2e3f4a5b" };

describe("ZDecideExtension", () => {
  it.each([
    [true, true],
    [false, false],
    ["true", true],
    ["false", false],
    ["", false],
  ] as const)("reads approve %j as %s", (approve, expected) => {
    expect(ZDecideExtension.parse({ ...base, approve }).approve).toBe(expected);
  });

  it("refuses a missing decision with a Vietnamese message", () => {
    const r = ZDecideExtension.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Chọn duyệt hoặc từ chối gia hạn.");
  });
});
