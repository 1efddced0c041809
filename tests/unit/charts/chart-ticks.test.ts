import { describe, expect, it } from "vitest";
import { chartTicks } from "@/components/charts/chart-ticks";

describe("chartTicks", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [5, [0, 1, 2, 3, 4, 5]],
    [6, [0, 2, 4, 6]],
    [7, [0, 2, 4, 6, 8]],
    [11, [0, 5, 10, 15]],
    [23, [0, 5, 10, 15, 20, 25]],
    [26, [0, 10, 20, 30]],
    [999, [0, 200, 400, 600, 800, 1000]],
    [2.5, [0, 1, 2, 3]],
  ])("a tallest bar of %d gets the axis %j", (max, ticks) => {
    expect(chartTicks(max)).toEqual(ticks);
  });

  it.each([0, 1, 7, 49, 51, 1234, 98765])("the top tick of %d is round, at most 5 steps, and fits the bar", (max) => {
    const ticks = chartTicks(max);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect(ticks.length - 1).toBeLessThanOrEqual(5);
    expect(String(ticks[1])).toMatch(/^[125]0*$/);
  });
});
