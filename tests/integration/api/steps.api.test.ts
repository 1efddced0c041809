import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, dayFromToday, eventKinds, freshApi, userId } from "../../support/api/fixtures";

let staff: TApi;
let head: TApi;
let otherStaff: TApi;
let provinceHead: TApi;

type TStep = { id: string; version: number; status: string; deadline: string; ownerId: string };
async function stepsOf(api: TApi, taskId: string): Promise<TStep[]> {
  const res = await api.get(`/tasks/${taskId}`);
  expectStatus(res, 200);
  return res.body.steps;
}

beforeAll(async () => {
  [staff, head, otherStaff, provinceHead] = await Promise.all(
    [apiTestAccounts.staff, apiTestAccounts.head, apiTestAccounts.otherStaff, apiTestAccounts.provinceHead].map(
      freshApi,
    ),
  );
});

describe("step actions over the API", () => {
  it("runs a step from start to completion, each action returning the new state and writing its event", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [step, next] = task.steps as TStep[];

    const started = await staff.post(`/steps/${step.id}/start`, { expectedVersion: step.version });
    expectStatus(started, 200);
    expect(started.body.step).toMatchObject({ id: step.id, status: "IN_PROGRESS", version: step.version + 1 });

    const progress = await staff.post(`/steps/${step.id}/progress`, {
      expectedVersion: started.body.step.version,
      note: "Đã tổng hợp xong số liệu quý I.",
    });
    expectStatus(progress, 200);

    const asked = await staff.post(`/steps/${step.id}/request-extension`, {
      expectedVersion: progress.body.step.version,
      requestedDeadline: dayFromToday(12),
      reason: "Chờ số liệu đối chiếu từ cơ quan thuế.",
    });
    expectStatus(asked, 200);
    expect(asked.body.extensionRequest).toMatchObject({ status: "PENDING", stepId: step.id });
    expect(asked.body.step.version).toBe(progress.body.step.version + 1);

    const decided = await head.post(`/steps/${step.id}/decide-extension`, {
      expectedVersion: asked.body.step.version,
      requestId: asked.body.extensionRequest.id,
      approve: true,
      note: "Đồng ý.",
    });
    expectStatus(decided, 200);
    expect(new Date(decided.body.step.deadline).getTime()).toBeGreaterThan(new Date(step.deadline).getTime());

    const done = await staff.post(`/steps/${step.id}/complete`, {
      expectedVersion: decided.body.step.version,
      result: "Đã gửi báo cáo số liệu.",
    });
    expectStatus(done, 200);
    expect(done.body.step).toMatchObject({ status: "DONE", result: "Đã gửi báo cáo số liệu." });
    expect((await stepsOf(staff, task.id))[1]).toMatchObject({ id: next.id, status: "TODO" });

    expect(await eventKinds({ stepId: step.id })).toEqual([
      "STEP_ASSIGNED",
      "STEP_STARTED",
      "STEP_PROGRESS",
      "EXTENSION_REQUESTED",
      "EXTENSION_APPROVED",
      "STEP_COMPLETED",
    ]);
  });

  it("returns a step, and the head overrules or upholds the return", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [step] = task.steps as TStep[];
    const returned = await staff.post(`/steps/${step.id}/return`, {
      expectedVersion: step.version,
      reason: "Nội dung thuộc lĩnh vực thu, không thuộc phòng tôi.",
    });
    expectStatus(returned, 200);
    expect(returned.body.step.status).toBe("RETURNED");

    const overruled = await head.post(`/steps/${step.id}/rule`, {
      expectedVersion: returned.body.step.version,
      decision: "OVERRULE",
      reason: "Thuộc chức năng của phòng, đề nghị xử lý.",
    });
    expectStatus(overruled, 200);
    expect(overruled.body.step).toMatchObject({ status: "TODO", ownerId: await userId(apiTestAccounts.staff) });

    const again = await staff.post(`/steps/${step.id}/return`, {
      expectedVersion: overruled.body.step.version,
      reason: "Vẫn đề nghị chuyển phòng Thu xử lý.",
    });
    const colleague = await userId("cuongdm@demo.bhxh.vn");
    const upheld = await head.post(`/steps/${step.id}/rule`, {
      expectedVersion: again.body.step.version,
      decision: "UPHOLD",
      newOwnerId: colleague,
      reason: "Giao đồng chí Cường xử lý tiếp.",
    });
    expectStatus(upheld, 200);
    expect(upheld.body.step).toMatchObject({ status: "TODO", ownerId: colleague });
    expect(await eventKinds({ stepId: step.id })).toEqual([
      "STEP_ASSIGNED",
      "STEP_RETURNED",
      "RETURN_OVERRULED",
      "STEP_RETURNED",
      "RETURN_UPHELD",
    ]);
  });

  it("lets a head reassign a step and the owner escalate it to the unit above", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [first, second] = task.steps as TStep[];
    const colleague = await userId("cuongdm@demo.bhxh.vn");
    const reassigned = await head.post(`/steps/${second.id}/reassign`, {
      expectedVersion: second.version,
      newOwnerId: colleague,
      reason: "Chuyển cho đồng chí Cường phụ trách.",
    });
    expectStatus(reassigned, 200);
    expect(reassigned.body.step).toMatchObject({ ownerId: colleague, status: "PENDING" });

    const reason = "Vượt thẩm quyền của đơn vị, cần Giám đốc quyết định.";
    // The owner escalates a matter they have looked at: not before starting the step.
    const notStarted = await staff.post(`/steps/${first.id}/escalate`, { expectedVersion: first.version, reason });
    expectStatus(notStarted, 409);
    expect(notStarted.body.error.code).toBe("INVALID_STATE");
    expectStatus(await staff.post(`/steps/${first.id}/start`, { expectedVersion: first.version }), 200);
    const escalated = await staff.post(`/steps/${first.id}/escalate`, { expectedVersion: first.version + 1, reason });
    expectStatus(escalated, 200);
    expect(escalated.body.escalation).toMatchObject({
      kind: "MANUAL",
      stepId: first.id,
      fromUnitId: escalated.body.step.unitId,
    });
    expect(await eventKinds({ stepId: second.id })).toEqual(["STEP_ASSIGNED", "STEP_REASSIGNED"]);
    expect(await eventKinds({ stepId: first.id })).toEqual(["STEP_ASSIGNED", "STEP_STARTED", "ESCALATED"]);
    // The head above sees the escalated task too.
    expectStatus(await provinceHead.get(`/tasks/${task.id}`), 200);
  });

  it("answers 409 for a stale version and for an action the step's state does not allow", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [step, pending] = task.steps as TStep[];
    expectStatus(await staff.post(`/steps/${step.id}/start`, { expectedVersion: step.version }), 200);
    const stale = await staff.post(`/steps/${step.id}/progress`, {
      expectedVersion: step.version,
      note: "Cập nhật từ trang cũ.",
    });
    expectStatus(stale, 409);
    expect(stale.body.error.code).toBe("CONFLICT");
    const notYet = await staff.post(`/steps/${pending.id}/start`, { expectedVersion: pending.version });
    expectStatus(notYet, 409);
    expect(notYet.body.error.code).toBe("INVALID_STATE");
    expect(await eventKinds({ stepId: pending.id })).toEqual(["STEP_ASSIGNED"]);
  });

  it("answers 403 to someone in scope without the right, 404 to someone out of scope", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [step] = task.steps as TStep[];
    const notHead = await staff.post(`/steps/${step.id}/reassign`, {
      expectedVersion: step.version,
      newOwnerId: await userId("cuongdm@demo.bhxh.vn"),
      reason: "Tôi muốn chuyển khâu này đi.",
    });
    expectStatus(notHead, 403);
    const notOwner = await head.post(`/steps/${step.id}/complete`, {
      expectedVersion: step.version,
      result: "Lãnh đạo tự hoàn thành.",
    });
    expectStatus(notOwner, 403);
    const otherId = await userId(apiTestAccounts.otherStaff);
    const reason = "Lý do kiểm thử đủ dài";
    const bodies: Record<string, Record<string, unknown>> = {
      start: {},
      progress: { note: "Ghi chú kiểm thử" },
      complete: { result: "Kết quả kiểm thử" },
      return: { reason },
      escalate: { reason },
      reassign: { newOwnerId: otherId, reason },
      rule: { decision: "OVERRULE", reason },
      "request-extension": { requestedDeadline: dayFromToday(20), reason },
      "decide-extension": { requestId: "3fa85f64-5717-4562-b3fc-2c963f66afa6", approve: false },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await otherStaff.post(`/steps/${step.id}/${action}`, { expectedVersion: step.version, ...body });
      expectStatus(res, 404);
    }
    expect(await eventKinds({ stepId: step.id })).toEqual(["STEP_ASSIGNED"]);
  });

  it("answers 400 naming the fields of an invalid action", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const res = await staff.post(`/steps/${task.steps[0].id}/return`, { reason: "ngắn" });
    expectStatus(res, 400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["expectedVersion", "reason"]);
    const rule = await head.post(`/steps/${task.steps[0].id}/rule`, {
      expectedVersion: 0,
      decision: "UPHOLD",
      reason: "Chấp nhận việc trả lại.",
    });
    expectStatus(rule, 400);
    expect(rule.body.error.fields).toHaveProperty("newOwnerId");
  });
});
