import { describe, expect, it } from "vitest";
import { buildCalendar } from "../calendar";
import { groupMySteps } from "./group-my-steps";

const cal = buildCalendar([]);
const policy = { dueSoonWorkingDays: 3 };
// Wednesday 2026-11-18, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");
const step = (name: string, deadlineIso: string, completedAt: Date | null = null) => ({
  name,
  deadline: new Date(deadlineIso),
  originalDeadline: new Date(deadlineIso),
  completedAt,
});

describe("groupMySteps", () => {
  const groups = groupMySteps(
    [
      step("in time", "2026-12-10T16:59:59Z"),
      step("today", "2026-11-18T16:59:59Z"),
      step("overdue long", "2026-11-02T16:59:59Z"),
      step("soon", "2026-11-20T16:59:59Z"),
      step("overdue short", "2026-11-17T16:59:59Z"),
      step("earlier today", "2026-11-18T02:00:00Z"),
    ],
    cal,
    policy,
    now,
  );

  it("puts passed deadlines in overdue, oldest first, including earlier today", () => {
    expect(groups.overdue.map((s) => s.name)).toEqual(["overdue long", "overdue short", "earlier today"]);
  });
  it("keeps a deadline later today apart from due soon", () => {
    expect(groups.dueToday.map((s) => s.name)).toEqual(["today"]);
    expect(groups.dueSoon.map((s) => s.name)).toEqual(["soon"]);
  });
  it("leaves the rest in time", () => {
    expect(groups.inTime.map((s) => s.name)).toEqual(["in time"]);
    expect(groups.inTime[0].classification.category).toBe("IN_TIME");
  });
});
