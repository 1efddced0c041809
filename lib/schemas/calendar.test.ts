import { describe, expect, it } from "vitest";
import { ZCalendarEntry } from "./calendar";

describe("ZCalendarEntry", () => {
  it.each([
    ["a weekday holiday", { date: "2026-09-01", kind: "HOLIDAY", name: "Nghỉ liền kề Quốc khánh" }, null],
    ["a holiday on a Sunday (part of a break)", { date: "2026-02-15", kind: "HOLIDAY", name: "Tết Nguyên đán" }, null],
    ["a swapped Saturday", { date: "2026-01-10", kind: "WORKING_DAY", name: "Làm bù cho thứ Sáu 02/01/2026" }, null],
    [
      "a working day on a Friday",
      { date: "2026-01-09", kind: "WORKING_DAY", name: "Làm bù" },
      "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 09/01/2026 đã là ngày làm việc.",
    ],
    [
      "a date that does not exist",
      { date: "2026-02-30", kind: "HOLIDAY", name: "Ngày thử" },
      "Ngày không hợp lệ (dd/mm/yyyy).",
    ],
    [
      "a date in another format",
      { date: "10/01/2026", kind: "HOLIDAY", name: "Ngày thử" },
      "Ngày không hợp lệ (dd/mm/yyyy).",
    ],
    [
      "no name",
      { date: "2026-09-01", kind: "HOLIDAY", name: " " },
      "Nhập tên ngày nghỉ hoặc lý do làm bù (ít nhất 3 ký tự).",
    ],
  ])("%s", (_label, input, message) => {
    const result = ZCalendarEntry.safeParse(input);
    expect(result.success).toBe(message === null);
    if (message) expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
