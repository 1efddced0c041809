import { describe, expect, it } from "vitest";
import { expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { freshApi } from "../../support/api/fixtures";

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a token has used up its requests for the minute, other tokens unaffected", async () => {
    const api = await freshApi(apiTestAccounts.otherStaff);
    const first = await api.get("/me");
    expectStatus(first, 200);
    const limit = Number(first.headers.get("ratelimit-limit"));
    let remaining = Number(first.headers.get("ratelimit-remaining"));
    expect(limit).toBeGreaterThan(0);
    expect(remaining).toBe(limit - 1);
    while (remaining > 0) {
      const res = await api.get("/me");
      expectStatus(res, 200);
      remaining = Number(res.headers.get("ratelimit-remaining"));
    }
    const limited = await api.get("/me");
    expectStatus(limited, 429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const another = await freshApi(apiTestAccounts.otherStaff);
    expectStatus(await another.get("/me"), 200);
  });
});
