import { describe, expect, it } from "vitest";
import { effectiveEscalation, type TEffectiveEscalation, type TManualEscalation } from "./effective-escalation";
import type { TEscalationLevel } from "./escalation-level";

const monday = new Date("2026-11-16T02:00:00Z");
const tuesday = new Date("2026-11-17T02:00:00Z");

describe("effectiveEscalation", () => {
  it.each<[string, TEscalationLevel, TManualEscalation[], TEffectiveEscalation]>([
    ["nothing", 0, [], { level: 0, source: "NONE", manualAt: null }],
    ["only the ladder", 2, [], { level: 2, source: "AUTOMATIC", manualAt: null }],
    [
      "a manual report above the ladder",
      1,
      [{ level: 3, at: monday }],
      { level: 3, source: "MANUAL", manualAt: monday },
    ],
    [
      "a manual report on a step not yet overdue",
      0,
      [{ level: 2, at: monday }],
      { level: 2, source: "MANUAL", manualAt: monday },
    ],
    [
      "a manual report below the ladder",
      4,
      [{ level: 3, at: monday }],
      { level: 4, source: "AUTOMATIC", manualAt: null },
    ],
    [
      "a tie goes to the manual report",
      3,
      [{ level: 3, at: monday }],
      { level: 3, source: "MANUAL", manualAt: monday },
    ],
    [
      "the earliest of equal manual reports",
      0,
      [
        { level: 2, at: tuesday },
        { level: 2, at: monday },
      ],
      { level: 2, source: "MANUAL", manualAt: monday },
    ],
    [
      "a resolved manual report is ignored",
      1,
      [{ level: 4, at: monday, resolvedAt: tuesday }],
      { level: 1, source: "AUTOMATIC", manualAt: null },
    ],
  ])("%s", (_why, automaticLevel, manual, expected) => {
    expect(effectiveEscalation({ automaticLevel, manual })).toEqual(expected);
  });

  it.each([0, 5, 2.5])("rejects a manual level of %s", (level) => {
    expect(() => effectiveEscalation({ automaticLevel: 0, manual: [{ level, at: monday }] })).toThrow(RangeError);
  });
});
