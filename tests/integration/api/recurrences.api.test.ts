import { beforeAll, describe, expect, inject, it } from "vitest";
import { localDateOf } from "../../../lib/domain/calendar";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
type TRecurrence = { id: string; title: string; rule: string; canStop: boolean; instanceCount: number };

describe("/recurrences", () => {
  let body: Record<string, unknown>;
  let recurrenceId: string;
  beforeAll(async () => {
    const [template, directive, staff, head] = await Promise.all([
      apiDb.processTemplate.findFirstOrThrow({
        where: { name: "Quy trình báo cáo định kỳ", unitId: null },
        include: { steps: { orderBy: { order: "asc" } } },
      }),
      // The directive createTaskOverApi uses, so that counts under the other directives stay put.
      apiDb.directive.findFirstOrThrow({ where: { number: "2165/CT-BHXH" } }),
      userId(apiTestAccounts.staff),
      userId(apiTestAccounts.head),
    ]);
    body = {
      title: `Báo cáo tháng gửi Vụ Thanh tra - Kiểm tra ${Date.now()}`,
      directiveId: directive.id,
      leadUnitId: await unitIdOf(apiTestAccounts.head),
      templateId: template.id,
      frequency: "MONTHLY",
      // Day 28 of the month after: this month's report is still ahead whatever day the test runs.
      deadlineRule: "FIXED_DAY",
      deadlineDay: 28,
      deadlineNextMonth: true,
      leadDays: 7,
      startsOn: localDateOf(new Date()).slice(0, 7),
      steps: template.steps.map((s) => ({ ownerId: s.kind === "APPROVE" ? head : staff, durationDays: 1 })),
    };
  });

  it("lets a head set one up for their unit: this month's task is created at once", async () => {
    const res = await as("head").post("/recurrences", body);
    expectStatus(res, 201);
    expect(res.body.created).toBe(1);
    expect(res.body.recurrence).toMatchObject({ rule: "Hằng tháng, hạn ngày 28 tháng sau", canStop: true });
    recurrenceId = res.body.recurrence.id;
    const tasks = await apiDb.task.findMany({ where: { recurrenceId } });
    expect(tasks.map((t) => t.recurrencePeriod)).toEqual([body.startsOn]);
  });

  it("refuses a unit outside the head's remit, a staff member, and a number sent as text", async () => {
    const before = await apiDb.taskRecurrence.count();
    const outside = await as("head").post("/recurrences", {
      ...body,
      leadUnitId: await unitIdOf(apiTestAccounts.otherStaff),
    });
    expectStatus(outside, 403);
    expectStatus(await as("staff").post("/recurrences", body), 403);
    const text = await as("head").post("/recurrences", { ...body, deadlineDay: "20" });
    expectStatus(text, 400);
    expect(text.body.error.fields).toHaveProperty("deadlineDay");
    expect(await apiDb.taskRecurrence.count()).toBe(before);
  });

  it("lists it to the head, TCCB and the inspector (who may not stop it), not to staff", async () => {
    const find = async (role: keyof typeof tokens) => {
      const res = await as(role).get("/recurrences");
      expectStatus(res, 200);
      return (res.body.items as TRecurrence[]).find((r) => r.id === recurrenceId);
    };
    expect(await find("head")).toMatchObject({ instanceCount: 1, canStop: true });
    expect(await find("tccb")).toMatchObject({ canStop: true });
    expect(await find("inspector")).toMatchObject({ canStop: false });
    expectStatus(await as("staff").get("/recurrences"), 403);
    expectStatus(await as("head").get("/recurrences", { cursor: "not-a-cursor" }), 400);
  });

  it("stops it once, for whoever may set it up; the task already created stays", async () => {
    expectStatus(await as("inspector").post(`/recurrences/${recurrenceId}/stop`), 403);
    expectStatus(await as("head").post(`/recurrences/00000000-0000-4000-8000-000000000000/stop`), 404);
    const res = await as("provinceHead").post(`/recurrences/${recurrenceId}/stop`);
    expectStatus(res, 200);
    expect(res.body.id).toBe(recurrenceId);
    expectStatus(await as("head").post(`/recurrences/${recurrenceId}/stop`), 409);
    expect(await apiDb.task.count({ where: { recurrenceId } })).toBe(1);
  });
});
