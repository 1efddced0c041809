import { describe, expect, it } from "vitest";
import { parseDashboardQuery, ZReportQuery } from "@/lib/schemas/dashboard";

const keys = ["unit", "from", "to", "category", "page", "sort"] as const;

describe("parseDashboardQuery (lib/schemas/dashboard)", () => {
  it("keeps good values and drops bad ones, each with a Vietnamese notice", () => {
    const { query, notices } = parseDashboardQuery(
      {
        unit: "not-a-uuid",
        from: "2026-02-30",
        to: "2026-03-31",
        category: "OVERDUE",
        page: "0",
        sort: "OVERDUE",
        extra: "x",
      },
      keys,
      "vi",
    );
    expect(query).toEqual({ to: "2026-03-31", category: "OVERDUE", sort: "OVERDUE" });
    expect(notices).toEqual([
      "Mã đơn vị không hợp lệ: đang hiển thị đơn vị mặc định.",
      "Ngày bắt đầu kỳ không hợp lệ: đã bỏ qua.",
      "Số trang không hợp lệ: đang hiển thị trang 1.",
    ]);
  });

  it("words the notices in the reader's language", () => {
    expect(parseDashboardQuery({ unit: "x", page: "0" }, keys, "en").notices).toEqual([
      "Invalid unit id: showing the default unit.",
      "Invalid page number: showing page 1.",
    ]);
  });

  it("drops a period that ends before it starts", () => {
    const { query, notices } = parseDashboardQuery({ from: "2026-04-01", to: "2026-03-01" }, keys, "vi");
    expect(query).toEqual({});
    expect(notices).toEqual(["Ngày bắt đầu kỳ sau ngày kết thúc: đã bỏ lọc theo kỳ."]);
  });

  it("is strict for the Excel export", () => {
    expect(ZReportQuery.safeParse({ from: "2026-03-01", to: "2026-03-31" }).success).toBe(true);
    expect(ZReportQuery.safeParse({ from: "2026-04-01", to: "2026-03-31" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ unit: "abc" }).success).toBe(false);
  });
});
