import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, dayFromToday, eventKinds, freshApi } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

let head: TApi;
let staff: TApi;
const directive = () => ({
  number: `${100_000 + Math.floor(Math.random() * 900_000)}/BHXH-IDEM`,
  kind: "THONG_BAO",
  issuer: "BHXH TP. Hà Nội",
  issuedOn: dayFromToday(0),
  subject: "V/v kiểm thử khóa Idempotency-Key",
});

beforeAll(async () => {
  [head, staff] = await Promise.all([apiTestAccounts.head, apiTestAccounts.staff].map(freshApi));
});

describe("Idempotency-Key", () => {
  it("replays the first answer to a repeated key and writes nothing twice", async () => {
    const key = randomUUID();
    const body = directive();
    const first = await head.post("/directives", body, { idempotencyKey: key });
    const second = await head.post("/directives", body, { idempotencyKey: key });
    expectStatus(first, 201);
    expectStatus(second, 201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await apiDb.directive.count({ where: { number: body.number } })).toBe(1);
    expect(await eventKinds({ directiveId: first.body.id })).toEqual(["DIRECTIVE_CREATED"]);
  });

  it("treats the same body in another key order as the same request", async () => {
    const key = randomUUID();
    const body = directive();
    expectStatus(await head.post("/directives", body, { idempotencyKey: key }), 201);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expectStatus(await head.post("/directives", reordered, { idempotencyKey: key }), 201);
  });

  it("refuses the same key with another body or on another path with 422", async () => {
    const key = randomUUID();
    expectStatus(await head.post("/directives", directive(), { idempotencyKey: key }), 201);
    const otherBody = await head.post("/directives", directive(), { idempotencyKey: key });
    expectStatus(otherBody, 422);
    expect(otherBody.body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    expectStatus(
      await head.post(
        `/steps/${task.steps[1].id}/escalate`,
        { expectedVersion: 0, reason: "Cùng khóa cho một đường dẫn khác." },
        { idempotencyKey: key },
      ),
      422,
    );
  });

  it("keeps keys apart per person", async () => {
    const key = randomUUID();
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const step = task.steps[0];
    expectStatus(await staff.post(`/steps/${step.id}/start`, { expectedVersion: step.version }), 200);
    const version = step.version + 1;
    expectStatus(
      await staff.post(
        `/steps/${step.id}/escalate`,
        { expectedVersion: version, reason: "Báo cáo vượt cấp lần một." },
        { idempotencyKey: key },
      ),
      200,
    );
    const byHead = await head.post(
      `/steps/${step.id}/escalate`,
      { expectedVersion: version, reason: "Báo cáo vượt cấp lần một." },
      { idempotencyKey: key },
    );
    expectStatus(byHead, 409); // the head's own request, run: the version moved on
  });

  it("replays a step action once, even when the two requests arrive together", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const step = task.steps[0];
    const key = randomUUID();
    const send = () =>
      staff.post(`/steps/${step.id}/start`, { expectedVersion: step.version }, { idempotencyKey: key });
    const answers = await Promise.all([send(), send()]);
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && a.body.error.code === "CONFLICT"))).toBe(true);
    const retried = await send();
    expectStatus(retried, 200);
    expect(retried.body.step).toMatchObject({ status: "IN_PROGRESS", version: step.version + 1 });
    expect(await eventKinds({ stepId: step.id })).toEqual(["STEP_ASSIGNED", "STEP_STARTED"]);
  });

  it("replays a refusal too: the first answer, status and body", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const key = randomUUID();
    const pending = task.steps[1];
    const first = await staff.post(
      `/steps/${pending.id}/start`,
      { expectedVersion: pending.version },
      { idempotencyKey: key },
    );
    expectStatus(first, 409);
    const again = await staff.post(
      `/steps/${pending.id}/start`,
      { expectedVersion: pending.version },
      { idempotencyKey: key },
    );
    expectStatus(again, 409);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("refuses a malformed key with 400", async () => {
    const res = await head.post("/directives", directive(), { idempotencyKey: "x".repeat(300) });
    expectStatus(res, 400);
    expect(res.body.error.fields).toHaveProperty("Idempotency-Key");
  });
});
