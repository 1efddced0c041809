import { describe, expect, it } from "vitest";
import { monthPeriod } from "./month-period";
import { periodOf } from "./period-of";

describe("periodOf and monthPeriod", () => {
  it("turns two inclusive local dates into a half-open period in Hà Nội time", () => {
    expect(periodOf({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: new Date("2026-02-28T17:00:00Z"),
      to: new Date("2026-03-31T17:00:00Z"),
    });
  });

  it("is no period without dates, and open-ended with one", () => {
    expect(periodOf({})).toBeNull();
    expect(periodOf({ from: "2026-03-01" })?.to.getTime()).toBeGreaterThan(Date.UTC(2999, 0, 1));
  });

  it.each([
    ["2026-02", "2026-01-31T17:00:00Z", "2026-02-28T17:00:00Z"],
    ["2026-12", "2026-11-30T17:00:00Z", "2026-12-31T17:00:00Z"],
  ])("reads the month %s", (month, from, to) => {
    expect(monthPeriod(month)).toEqual({ from: new Date(from), to: new Date(to) });
  });

  it("narrows a month to the chosen period, and to nothing when they do not meet", () => {
    const march = periodOf({ from: "2026-03-10", to: "2026-03-20" });
    expect(monthPeriod("2026-03", march)).toEqual(march);
    const empty = monthPeriod("2026-05", march);
    expect(empty.from.getTime()).toBe(empty.to.getTime());
  });
});
