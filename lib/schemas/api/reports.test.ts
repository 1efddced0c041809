import { describe, expect, it } from "vitest";
import { ZEvaluationsWorkbookQuery } from "./reports";

const id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

describe("the evaluation workbook's query", () => {
  it.each([
    [{ unitId: id, period: "2026-11" }, true],
    [{ userId: id, period: "2026-Q4" }, true],
    [{ userId: id, period: "2026" }, true],
    [{ period: "2026-11" }, false],
    [{ unitId: id, userId: id, period: "2026-11" }, false],
    [{ unitId: id }, false],
    [{ unitId: id, period: "2026-13" }, false],
    [{ unitId: id, period: "11/2026" }, false],
    [{ unitId: "dong-da", period: "2026-11" }, false],
  ])("%o is accepted: %s", (query, ok) => {
    expect(ZEvaluationsWorkbookQuery.safeParse(query).success).toBe(ok);
  });

  it("names unitId when neither or both are sent", () => {
    const parsed = ZEvaluationsWorkbookQuery.safeParse({ period: "2026-11" });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["unitId"]]);
  });
});
