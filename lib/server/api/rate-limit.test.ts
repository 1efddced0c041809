import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { consumeRateLimit } from "./rate-limit";

const at = (ms: number) => new Date(Date.UTC(2026, 2, 3, 3, 0, 0) + ms);

describe("consumeRateLimit", () => {
  it("counts down the requests left in the window", () => {
    const key = `k-${Math.random()}`;
    expect(consumeRateLimit(key, at(0), 3)).toEqual({ limit: 3, remaining: 2, resetSeconds: 60 });
    expect(consumeRateLimit(key, at(10_000), 3)).toEqual({ limit: 3, remaining: 1, resetSeconds: 50 });
  });

  it("refuses the request over the limit with 429 and the seconds until the window ends", () => {
    const key = `k-${Math.random()}`;
    for (let i = 0; i < 2; i++) consumeRateLimit(key, at(0), 2);
    let error: unknown;
    try {
      consumeRateLimit(key, at(45_500), 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).headers["Retry-After"]).toBe("15");
  });

  it("starts a new window after a minute, and keeps keys apart", () => {
    const key = `k-${Math.random()}`;
    consumeRateLimit(key, at(0), 1);
    expect(() => consumeRateLimit(key, at(59_999), 1)).toThrow(ApiError);
    expect(consumeRateLimit(`${key}-other`, at(59_999), 1).remaining).toBe(0);
    expect(consumeRateLimit(key, at(60_000), 1).remaining).toBe(0);
  });
});
