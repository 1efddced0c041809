import { describe, expect, it } from "vitest";
import { passwordResetExpiresAt, passwordResetTokenState } from "./password-reset-token-state";

const REQUESTED = new Date("2026-12-07T02:00:00Z");
const after = (ms: number) => new Date(REQUESTED.getTime() + ms);
const MIN = 60_000;

describe("passwordResetTokenState", () => {
  const fresh = { expiresAt: passwordResetExpiresAt(REQUESTED), usedAt: null };

  it("expires 30 minutes after the request", () => {
    expect(fresh.expiresAt).toEqual(after(30 * MIN));
  });

  it.each([
    [0, "valid"],
    [29 * MIN, "valid"],
    [30 * MIN - 1, "valid"],
    [30 * MIN, "expired"],
    [31 * MIN, "expired"],
    [24 * 60 * MIN, "expired"],
  ] as const)("an unused token %i ms after the request is %s", (ms, state) => {
    expect(passwordResetTokenState(fresh, after(ms))).toBe(state);
  });

  it("a used token stays used, before and after its expiry", () => {
    const used = { ...fresh, usedAt: after(MIN) };
    expect(passwordResetTokenState(used, after(2 * MIN))).toBe("used");
    expect(passwordResetTokenState(used, after(60 * MIN))).toBe("used");
  });
});
