import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a-test-secret-of-some-length-0123456789";
const USER = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const OTHER = "9b2f4c1e-0d7a-4b8e-a6f3-1c2d3e4f5a6b";

describe("unsubscribe tokens", () => {
  it("verify to the person and kind they were made for", () => {
    const token = signUnsubscribeToken(SECRET, USER, "STEP_ASSIGNED");
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, kind: "STEP_ASSIGNED" });
  });

  it("are the same for the same person and kind (no expiry, no randomness) and differ otherwise", () => {
    const token = signUnsubscribeToken(SECRET, USER, "STEP_ASSIGNED");
    expect(signUnsubscribeToken(SECRET, USER, "STEP_ASSIGNED")).toBe(token);
    expect(signUnsubscribeToken(SECRET, USER, "STEP_TURN")).not.toBe(token);
    expect(signUnsubscribeToken(SECRET, OTHER, "STEP_ASSIGNED")).not.toBe(token);
  });

  it("carry no secret: only the id, the kind and a URL-safe MAC", () => {
    const token = signUnsubscribeToken(SECRET, USER, "SIGNAL_RAISED");
    expect(token).toMatch(/^[0-9a-f-]{36}\.SIGNAL_RAISED\.[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain(SECRET);
  });

  const token = signUnsubscribeToken(SECRET, USER, "STEP_ASSIGNED");
  const [, , mac] = token.split(".");
  it.each([
    ["another person's id with this MAC", `${OTHER}.STEP_ASSIGNED.${mac}`],
    ["another kind with this MAC", `${USER}.STEP_TURN.${mac}`],
    ["a MAC with one character changed", `${USER}.STEP_ASSIGNED.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`],
    ["a truncated MAC", `${USER}.STEP_ASSIGNED.${mac.slice(0, 20)}`],
    ["no MAC", `${USER}.STEP_ASSIGNED.`],
    ["an unknown kind", `${USER}.NOT_A_KIND.${mac}`],
    ["not an id", `robert'); DROP TABLE.STEP_ASSIGNED.${mac}`],
    ["an extra part", `${token}.x`],
    ["nothing", ""],
    ["made with another secret", signUnsubscribeToken("another-secret-entirely-0123456789", USER, "STEP_ASSIGNED")],
  ])("refuse %s", (_name, forged) => {
    expect(verifyUnsubscribeToken(SECRET, forged)).toBeNull();
  });
});
