import { describe, expect, inject, it } from "vitest";
import { apiAs, baseUrl, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts, type TApiRole } from "../../support/api/api-roles";
import { signInCookie } from "../../support/api/sign-in";

const tokens = inject("apiTokens");
const refused = inject("apiRefusedTokens");

describe("authentication", () => {
  it.each(Object.keys(apiTestAccounts) as TApiRole[])("a token of %s acts as its owner", async (role) => {
    const res = await apiAs({ token: tokens[role] }).get("/me");
    expectStatus(res, 200);
    expect(res.body.user.email).toBe(apiTestAccounts[role]);
    expect(res.body.authenticatedWith).toBe("token");
    expect(res.body.token.prefix).toBe(tokens[role].slice(0, res.body.token.prefix.length));
  });

  it("refuses a request without credentials with 401 and the error shape", async () => {
    const res = await apiAs(null).get("/tasks");
    expectStatus(res, 401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it.each([
    ["a made-up token", "tn_thisisnotarealtokenatall0123456789abcdefghij"],
    ["a token without the prefix", "abc"],
    ["a revoked token", refused.revoked],
    ["an expired token", refused.expired],
    ["the token of a deactivated person", refused.inactiveUser],
  ])("refuses %s with 401", async (_why, token) => {
    const res = await apiAs({ token }).get("/me");
    expectStatus(res, 401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a malformed Authorization header even when a session cookie comes along", async () => {
    const cookie = await signInCookie(apiTestAccounts.staff);
    const res = await apiAs({ cookie }).get("/me", undefined, { Authorization: "Basic abc" });
    expectStatus(res, 401);
  });

  it("lets a signed-in browser session call the API as that person", async () => {
    const cookie = await signInCookie(apiTestAccounts.head);
    const res = await apiAs({ cookie }).get("/me");
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      authenticatedWith: "session",
      token: null,
      user: { email: apiTestAccounts.head },
    });
  });

  it("refuses a session-authenticated write sent from another site", async () => {
    const cookie = await signInCookie(apiTestAccounts.head);
    const res = await apiAs({ cookie }).post("/directives", {}, { headers: { Origin: "https://evil.example" } });
    expectStatus(res, 403);
  });

  it("answers an unknown path under /api/v1 with the JSON error shape", async () => {
    const res = await fetch(`${baseUrl}/api/v1/nothing/here`, { headers: { Authorization: `Bearer ${tokens.staff}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
