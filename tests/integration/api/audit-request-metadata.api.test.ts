import { beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, freshApi } from "../../support/api/fixtures";
import { callServerAction, serverActionId } from "../../support/api/server-action";
import { signInCookie } from "../../support/api/sign-in";
import { apiDb } from "../../support/api/use-api-db";

// The test server trusts a reverse proxy (TRUST_PROXY=true, start-app.ts): the address is the
// last X-Forwarded-For hop, the one that proxy appended; earlier hops are the client's claims.
const forwardedFor = "10.1.2.3, 203.0.113.45";
// A header is bytes: a User-Agent is ASCII.
const uniqueAgent = () => `KiemThu/1.0 (audit ${Math.random().toString(36).slice(2, 10)})`;
const startedEvent = (stepId: string) => apiDb.event.findFirstOrThrow({ where: { stepId, kind: "STEP_STARTED" } });

describe("the audit event of a request over HTTP", () => {
  let head: TApi;
  let staff: TApi;
  beforeAll(async () => {
    [head, staff] = await Promise.all([freshApi(apiTestAccounts.head), freshApi(apiTestAccounts.staff)]);
  });
  const newTask = () => createTaskOverApi(head, [apiTestAccounts.staff]);

  it("records the User-Agent and address of a REST API step action", async () => {
    const task = await newTask();
    const step = task.steps[0];
    const userAgent = uniqueAgent();
    const res = await staff.post(
      `/steps/${step.id}/start`,
      { expectedVersion: step.version },
      { headers: { "User-Agent": userAgent, "X-Forwarded-For": forwardedFor } },
    );
    expectStatus(res, 200);
    expect(await startedEvent(step.id)).toMatchObject({ userAgent, ip: "203.0.113.45" });
  });

  it("records the User-Agent and address of a server action posted from the app's own page", async () => {
    const task = await newTask();
    const step = task.steps[0];
    const userAgent = uniqueAgent();
    const actionId = serverActionId(inject("apiAppDir"), "lib/actions/steps/start-step-action.ts", "startStepAction");
    const res = await callServerAction(
      `/tasks/${task.id}`,
      actionId,
      [{ stepId: step.id, expectedVersion: step.version }],
      {
        Cookie: await signInCookie(apiTestAccounts.staff),
        Origin: baseUrl,
        "User-Agent": userAgent,
        "X-Forwarded-For": forwardedFor,
      },
    );
    expect(res.status).toBe(200);
    expect(await startedEvent(step.id)).toMatchObject({ userAgent, ip: "203.0.113.45" });
  });
});
