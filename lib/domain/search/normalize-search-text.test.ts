import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./normalize-search-text";

describe("normalizeSearchText", () => {
  it.each([
    ["Đùn đẩy, né tránh", "dun day, ne tranh"],
    ["Vụ Tổ chức cán bộ", "vu to chuc can bo"],
    ["1251/BHXH-TCCB", "1251/bhxh-tccb"],
    ["  Kiểm   tra đột xuất ", "kiem tra dot xuat"],
  ])("normalises %s", (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it("joins several parts and skips empty ones", () => {
    expect(normalizeSearchText("Công văn", null, undefined, "Hà Nội")).toBe("cong van ha noi");
  });
});
