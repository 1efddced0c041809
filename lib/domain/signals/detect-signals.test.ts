import { describe, expect, it } from "vitest";
import { detectSignals } from "./detect-signals";
import { cal, consultation, eod, event, handover, hn, input, policy, step } from "./signal-test-fixtures";

describe("detectSignals", () => {
  const data = input({
    steps: [
      step({ lastActivityAt: hn("2026-11-02T09:00") }),
      step({
        id: "s2",
        name: "Phê duyệt, ký",
        kind: "APPROVE",
        ownerId: "hung",
        deadline: eod("2026-11-16"),
        lastActivityAt: hn("2026-11-16T09:00"),
      }),
    ],
    events: [
      handover(1, null, "lan", "hung", "STEP_ASSIGNED"),
      handover(2, "lan", "binh", "lan"),
      handover(3, "binh", "lan", "binh"),
      event(4, "STEP_RETURNED", { actorId: "lan" }),
      event(5, "RETURN_OVERRULED", { actorId: "hung" }),
    ],
    consultations: [consultation({ isVague: true, answeredAt: hn("2026-11-06T09:00"), answeredById: "minh" })],
  });

  it("composes every detector, ordered by since then key", () => {
    const found = detectSignals(data, cal, policy, hn("2026-11-18T10:00"));
    expect(found.map((s) => [s.kind, s.subjectUserId])).toEqual([
      ["PING_PONG", "binh"],
      ["RETURN_OVERRULED", "lan"], // 05/11 09:00, the last event on s1
      ["STALLED", "lan"], // since that same event; ties are ordered by key
      ["CONSULTATION_LATE", "minh"], // since the response deadline, end of 05/11
      ["CONSULTATION_VAGUE", "minh"],
      ["OVERDUE_NO_EXTENSION", "lan"],
      ["OVERDUE_NO_EXTENSION", "hung"],
      ["UNDECIDED", "hung"],
    ]);
  });

  it("gives every signal a distinct key and evidence it can link to", () => {
    const found = detectSignals(data, cal, policy, hn("2026-11-18T10:00"));
    expect(new Set(found.map((s) => s.key)).size).toBe(found.length);
    const ids = new Set(data.events.map((e) => e.id));
    for (const s of found) for (const id of s.evidenceEventIds) expect(ids.has(id)).toBe(true);
  });

  it("throws when a step refers to a task that was not loaded", () => {
    expect(() => detectSignals(input({ tasks: [] }), cal, policy, hn("2026-11-18T10:00"))).toThrow(RangeError);
  });
});
