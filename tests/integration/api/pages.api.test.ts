import { beforeAll, describe, expect, it } from "vitest";
import { apiAs, baseUrl, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { signInCookie } from "../../support/api/sign-in";

let cookie: string;
const page = async (path: string) => {
  const res = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  cookie = await signInCookie(apiTestAccounts.staff);
});

describe("the reference page /api-docs", () => {
  it("renders every operation of the served OpenAPI document, with a curl example", async () => {
    const doc = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json();
    const { status, html } = await page("/api-docs");
    expect(status).toBe(200);
    const operationIds = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap(
      (m) => Object.values(m).map((o) => o.operationId),
    );
    expect(operationIds.length).toBeGreaterThan(20);
    for (const id of operationIds) expect(html).toContain(`data-testid="api-op-${id}"`);
    expect(html).toContain("/steps/{id}/complete");
    expect(html).toContain("Authorization: Bearer $TN_TOKEN");
  });

  it("is behind sign-in like the rest of the app, while the JSON document is public", async () => {
    const anonymous = await fetch(`${baseUrl}/api-docs`, { redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(anonymous.status);
    expect((await fetch(`${baseUrl}/api/v1/openapi.json`)).status).toBe(200);
  });
});

describe("the profile page /profile", () => {
  it("lists the person's own tokens by name and prefix, never the token itself", async () => {
    const me = await apiAs({ cookie }).get("/me");
    expectStatus(me, 200);
    const { status, html } = await page("/profile");
    expect(status).toBe(200);
    expect(html).toContain('data-testid="api-token-table"');
    expect(html).toContain("API tests (staff)");
    expect(html).toContain("Expired");
    expect(html).toContain("Đã hết hạn");
    expect(html).not.toMatch(/tn_[A-Za-z0-9_-]{40,}/);
    expect(html).not.toContain("API tests (head)");
  });
});
