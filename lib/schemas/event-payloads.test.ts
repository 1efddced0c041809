import { describe, expect, it } from "vitest";
import { ZEventPayload } from "./event-payloads";

const at = "2026-11-18T03:00:00.000Z";
const id = "11111111-1111-4111-8111-111111111111";
const handedOver = { from: id, to: id, fromUnitId: id, toUnitId: id };

describe("ZEventPayload", () => {
  it.each([
    ["STEP_STARTED", {}],
    ["STEP_REASSIGNED", handedOver],
    ["RETURN_OVERRULED", { returnedBy: id }],
    ["EXTENSION_APPROVED", { requestId: id, previousDeadline: at, newDeadline: at }],
    ["EXTENSION_REJECTED", { requestId: id, previousDeadline: at }],
    [
      "TASK_CREATED",
      { point: null, leadUnitId: id, coordinatingUnitIds: [], deadline: at, parentTaskId: null, templateId: id },
    ],
    ["CALENDAR_CHANGED", { date: "2026-09-02", kind: "HOLIDAY", name: "Quốc khánh", op: "ADD" }],
    [
      "TEMPLATE_CHANGED",
      {
        op: "CREATED",
        templateId: id,
        name: "Quy trình",
        unitId: null,
        steps: [{ name: "Xử lý", kind: "HANDLE", days: 3 }],
      },
    ],
  ])("reads a %s payload as the app writes it", (kind, payload) => {
    expect(ZEventPayload.safeParse({ kind, payload }).success).toBe(true);
  });

  it.each([
    ["a ruling naming the returner as `from`", "RETURN_OVERRULED", { from: id }],
    [
      "a refusal that carries a new deadline",
      "EXTENSION_REJECTED",
      { requestId: id, previousDeadline: at, newDeadline: at },
    ],
    ["an escalation with a key of its own", "ESCALATED", { escalationId: id, fromUnitId: id, toUnitId: id, level: 2 }],
    ["a task created without its point, units and template", "TASK_CREATED", { leadUnitId: id, deadline: at }],
    ["a deadline that is not an instant", "STEP_ASSIGNED", { to: id, toUnitId: id, deadline: "2026-11-18" }],
    ["a start with a payload", "STEP_STARTED", { note: "x" }],
    ["a kind that does not exist", "STEP_FORGOTTEN", {}],
  ])("refuses %s", (_why, kind, payload) => {
    expect(ZEventPayload.safeParse({ kind, payload }).success).toBe(false);
  });
});
