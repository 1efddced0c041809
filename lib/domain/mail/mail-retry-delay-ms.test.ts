import { describe, expect, it } from "vitest";
import { mailRetryDelayMs } from "./mail-retry-delay-ms";

describe("mailRetryDelayMs", () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [6, 32 * 60_000],
    [7, 60 * 60_000],
    [50, 60 * 60_000],
    [10_000, 60 * 60_000],
  ])("after %i failed attempts waits %i ms", (attempts, ms) => {
    expect(mailRetryDelayMs(attempts)).toBe(ms);
  });
});
