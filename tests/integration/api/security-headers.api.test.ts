import { beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, eventKinds, freshApi } from "../../support/api/fixtures";
import { callServerAction, serverActionId } from "../../support/api/server-action";
import { signInCookie } from "../../support/api/sign-in";
import { apiDb } from "../../support/api/use-api-db";

const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1];

function expectCommonHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("same-origin");
  expect(res.headers.get("permissions-policy")).toContain("camera=()");
  expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  // Served over plain http here: HSTS would be ignored, and must not be sent.
  expect(res.headers.get("strict-transport-security")).toBeNull();
}

describe("security headers", () => {
  it("give every page a policy with a fresh nonce, which every script of the page carries", async () => {
    const [first, second] = await Promise.all([fetch(`${baseUrl}/login`), fetch(`${baseUrl}/login`)]);
    expect(first.status).toBe(200);
    expectCommonHeaders(first);
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    const nonce = nonceOf(csp)!;
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  it("add HSTS and upgrade sub-requests when the trusted proxy (TRUST_PROXY, start-app.ts) reached the app over https", async () => {
    const res = await fetch(`${baseUrl}/login`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}/);
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const api = await fetch(`${baseUrl}/api/v1/openapi.json`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(api.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("give the JSON API the same protections, with a policy that allows nothing to run", async () => {
    const res = await fetch(`${baseUrl}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});

describe("a server action posted from another site", () => {
  let staffCookie: string;
  let actionId: string;
  beforeAll(async () => {
    staffCookie = await signInCookie(apiTestAccounts.staff);
    actionId = serverActionId(inject("apiAppDir"), "lib/actions/steps/start-step-action.ts", "startStepAction");
  });

  const newStep = async () => {
    const task = await createTaskOverApi(await freshApi(apiTestAccounts.head), [apiTestAccounts.staff]);
    return { taskId: task.id as string, step: task.steps[0] as { id: string; version: number } };
  };

  it("is refused with 403 before it runs, even with the victim's session", async () => {
    const { taskId, step } = await newStep();
    const res = await callServerAction(
      `/tasks/${taskId}`,
      actionId,
      [{ stepId: step.id, expectedVersion: step.version }],
      {
        Cookie: staffCookie,
        Origin: "https://evil.example",
      },
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("trang web khác");
    expect((await apiDb.taskStep.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("TODO");
    expect(await eventKinds({ stepId: step.id })).not.toContain("STEP_STARTED");
  });

  it("and an API write sent by another site's page are refused alike, in the API's error shape", async () => {
    const { step } = await newStep();
    const res = await fetch(`${baseUrl}/api/v1/steps/${step.id}/start`, {
      method: "POST",
      headers: { Cookie: staffCookie, Origin: "https://evil.example", "Content-Type": "application/json" },
      body: JSON.stringify({ expectedVersion: step.version }),
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect(await eventKinds({ stepId: step.id })).not.toContain("STEP_STARTED");
  });
});
