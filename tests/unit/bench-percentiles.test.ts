import { describe, expect, it } from "vitest";
import { percentile } from "../../bench/dashboards/percentiles";

describe("the benchmark's percentiles (nearest rank)", () => {
  const samples = [12, 3, 7, 30, 5, 9, 4, 8, 6, 10, 11, 2, 1, 13, 14, 15, 16, 17, 18, 19];
  it.each([
    [50, 10],
    [95, 19],
    [100, 30],
    [1, 1],
  ])("p%i of 20 samples is %i", (p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });
  it("refuses an empty run", () => {
    expect(() => percentile([], 50)).toThrow("Không có mẫu đo nào.");
  });
});
