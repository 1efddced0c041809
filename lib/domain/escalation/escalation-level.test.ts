import { describe, expect, it } from "vitest";
import { buildCalendar } from "../calendar/build-calendar";
import { defaultHolidays } from "../calendar/default-holidays";
import { endOfLocalDay } from "../calendar/end-of-local-day";
import { escalationLevel, type TEscalationLevel } from "./escalation-level";

const cal = buildCalendar(defaultHolidays);
const policy = { escalationLadder: [2, 5, 10] };
const deadline = endOfLocalDay("2026-11-12"); // Thursday
const hn = (local: string) => new Date(`${local}:00+07:00`);

describe("escalationLevel with the ladder [2, 5, 10]", () => {
  it.each<[string, Date, TEscalationLevel]>([
    ["before the deadline", hn("2026-11-12T10:00"), 0],
    ["exactly at the deadline", deadline, 0],
    ["one millisecond past (0 working days)", new Date(deadline.getTime() + 1), 1],
    ["Friday, 1 working day", hn("2026-11-13T10:00"), 1],
    ["Sunday, still 1 working day", hn("2026-11-15T10:00"), 1],
    ["Monday, 2 working days", hn("2026-11-16T08:00"), 2],
    ["Wednesday, 4 working days", hn("2026-11-18T23:00"), 2],
    ["Thursday, 5 working days", hn("2026-11-19T08:00"), 3],
    ["the next Wednesday, 9 working days", hn("2026-11-25T17:00"), 3],
    ["the next Thursday, 10 working days", hn("2026-11-26T08:00"), 4],
    ["months later", hn("2027-03-01T08:00"), 4],
  ])("%s → %i", (_why, now, level) => {
    expect(escalationLevel({ deadline, completedAt: null }, cal, policy, now)).toBe(level);
  });

  it("is 0 for a completed step, however late", () => {
    const step = { deadline, completedAt: hn("2026-11-20T10:00") };
    expect(escalationLevel(step, cal, policy, hn("2026-12-20T10:00"))).toBe(0);
  });

  it("counts working days, not calendar days, across Tết", () => {
    const beforeTet = endOfLocalDay("2026-02-13");
    // 14–22/02 are Tết: Tuesday 24/02 is only 2 working days later.
    expect(escalationLevel({ deadline: beforeTet, completedAt: null }, cal, policy, hn("2026-02-24T09:00"))).toBe(2);
  });

  it.each<[number[], Date, TEscalationLevel]>([
    [[3], hn("2026-11-26T08:00"), 2],
    [[], hn("2026-11-26T08:00"), 1],
    [[0, 5, 10], hn("2026-11-13T10:00"), 2],
  ])("with the ladder %j stops at its last rung", (ladder, now, level) => {
    expect(escalationLevel({ deadline, completedAt: null }, cal, { escalationLadder: ladder }, now)).toBe(level);
  });

  it.each([[[5, 2]], [[1, 2, 3, 4]], [[-1]], [[1.5]]])("rejects the ladder %j", (ladder) => {
    expect(() => escalationLevel({ deadline, completedAt: null }, cal, { escalationLadder: ladder }, deadline)).toThrow(
      RangeError,
    );
  });
});
