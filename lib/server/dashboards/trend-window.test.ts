import { describe, expect, it } from "vitest";
import { periodOf } from "./period-of";
import { trendWindow } from "./trend-window";

const now = new Date("2026-11-18T03:00:00Z");

describe("trendWindow", () => {
  it("shows the last twelve months up to this one when no period is chosen", () => {
    const { months, period } = trendWindow(null, now);
    expect(months).toHaveLength(12);
    expect([months[0], months.at(-1)]).toEqual(["2025-12", "2026-11"]);
    expect(period).toEqual({ from: new Date("2025-11-30T17:00:00Z"), to: new Date("2026-11-30T17:00:00Z") });
  });

  it("keeps to the chosen period and never runs into the future", () => {
    const { months, period } = trendWindow(periodOf({ from: "2026-09-15", to: "2027-03-31" }), now);
    expect(months).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(period.from).toEqual(new Date("2026-09-14T17:00:00Z"));
    expect(period.to).toEqual(new Date("2026-11-30T17:00:00Z"));
  });

  it("shows at most 24 months of a long period, crossing the year", () => {
    const { months } = trendWindow(periodOf({ from: "2020-01-01" }), now);
    expect(months).toHaveLength(24);
    expect([months[0], months.at(-1)]).toEqual(["2024-12", "2026-11"]);
  });
});
