import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/server/api/api-error";
import { pruneApiRateWindows } from "../../lib/server/api/prune-api-rate-windows";
import { consumeRateLimit } from "../../lib/server/api/rate-limit";
import { db } from "../../lib/server/db/prisma";

// 10:00:00 in Hà Nội, on a minute: each window is one minute of the clock.
const at = (ms: number) => new Date(Date.UTC(2026, 2, 3, 3, 0, 0) + ms);
const freshKey = () => `test:${randomUUID()}`;

async function refusal(p: Promise<unknown>): Promise<ApiError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("consumeRateLimit (a window per key and minute in ApiRateWindow)", () => {
  it("counts down the requests left in the minute", async () => {
    const key = freshKey();
    expect(await consumeRateLimit(key, at(0), 3)).toEqual({ limit: 3, remaining: 2, resetSeconds: 60 });
    expect(await consumeRateLimit(key, at(10_000), 3)).toEqual({ limit: 3, remaining: 1, resetSeconds: 50 });
    const row = await db.apiRateWindow.findUniqueOrThrow({ where: { key_windowStart: { key, windowStart: at(0) } } });
    expect(row.count).toBe(2);
  });

  it("refuses the request over the limit with 429, Retry-After and zero remaining", async () => {
    const key = freshKey();
    for (let i = 0; i < 2; i++) await consumeRateLimit(key, at(0), 2);
    const error = await refusal(consumeRateLimit(key, at(45_500), 2));
    expect(error.status).toBe(429);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.headers["Retry-After"]).toBe("15");
    expect(error.headers["RateLimit-Remaining"]).toBe("0");
  });

  it("starts a new window at the next minute, and keeps keys apart", async () => {
    const key = freshKey();
    await consumeRateLimit(key, at(0), 1);
    await refusal(consumeRateLimit(key, at(59_999), 1));
    expect((await consumeRateLimit(`${key}-other`, at(59_999), 1)).remaining).toBe(0);
    expect((await consumeRateLimit(key, at(60_000), 1)).remaining).toBe(0);
  });

  it("lets exactly the limit through when requests arrive at once", async () => {
    const key = freshKey();
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => consumeRateLimit(key, at(1_000), 5)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(7);
    const remaining = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.remaining] : []));
    expect(remaining.sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("pruneApiRateWindows", () => {
  it("deletes the windows that have ended and keeps the current one", async () => {
    const key = freshKey();
    await consumeRateLimit(key, at(0), 10);
    await consumeRateLimit(key, at(60_000), 10);
    await pruneApiRateWindows(at(119_999));
    const left = await db.apiRateWindow.findMany({ where: { key }, orderBy: { windowStart: "asc" } });
    expect(left.map((w) => w.windowStart.toISOString())).toEqual([at(60_000).toISOString()]);
  });
});
