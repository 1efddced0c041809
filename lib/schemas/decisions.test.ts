import { describe, expect, it } from "vitest";
import { ZRecordDecision } from "./decisions";

const valid = {
  kind: "COMMENDATION",
  userId: "7d0b1a1e-5c1f-4c36-9b7e-2f1d1c0a9e11",
  periodKey: "2026-Q4",
  form: "Giấy khen của Giám đốc",
  documentNumber: "125/QĐ-BHXH",
  documentDate: "2026-12-02",
  reason: "Hoàn thành đúng hạn\ntất cả nhiệm vụ.",
};

const fieldsOf = (input: unknown) => {
  const parsed = ZRecordDecision.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
};

describe("ZRecordDecision", () => {
  it("reads a decision, with no period and no evidence by default", () => {
    const { periodKey: _, ...noPeriod } = valid;
    expect(ZRecordDecision.parse(noPeriod)).toMatchObject({
      periodKey: null,
      evidence: { signalIds: [], eventIds: [], evaluationIds: [] },
    });
  });

  it.each([
    ["a month", "2026-11", true],
    ["a quarter", "2026-Q4", true],
    ["a year", "2026", true],
    ["month 13", "2026-13", false],
    ["quarter 5", "2026-Q5", false],
    ["a day", "2026-11-02", false],
    ["a number", 2026, false],
  ])("period key: %s", (_case, periodKey, ok) => {
    expect(fieldsOf({ ...valid, periodKey })).toEqual(ok ? [] : ["periodKey"]);
  });

  it.each([
    ["documentDate", "02/12/2026"],
    ["documentDate", "2026-02-30"],
    ["documentDate", 1764633600000],
    ["kind", "DISCIPLINE"],
    ["userId", "42"],
    ["form", ""],
    ["form", "Giấy khen\n"],
    ["documentNumber", "125\u0000"],
    ["reason", "   "],
    ["reason", "x".repeat(4001)],
  ])("refuses %s = %j", (field, value) => {
    expect(fieldsOf({ ...valid, [field]: value })).toEqual([field]);
  });

  it("keeps a line break in the reason, refuses one in the form", () => {
    expect(ZRecordDecision.parse(valid).reason).toContain("\n");
    expect(fieldsOf({ ...valid, form: "Giấy\nkhen" })).toEqual(["form"]);
  });

  it("refuses evidence ids that are not UUIDs, too many of them, and unknown lists", () => {
    const id = valid.userId;
    expect(fieldsOf({ ...valid, evidence: { signalIds: ["x"] } })).toEqual(["evidence.signalIds.0"]);
    expect(fieldsOf({ ...valid, evidence: { eventIds: Array(51).fill(id) } })).toEqual(["evidence.eventIds"]);
    expect(fieldsOf({ ...valid, evidence: { taskIds: [id] } })).toEqual(["evidence"]);
    expect(fieldsOf({ ...valid, createdById: id })).toEqual([""]);
  });
});
