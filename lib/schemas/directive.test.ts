import { describe, expect, it } from "vitest";
import { ZDirectiveNumber } from "./directive";

describe("ZDirectiveNumber", () => {
  it.each([
    ["1251/BHXH-TCCB", true],
    ["280/CĐ-TTg", true],
    ["2165/CT-BHXH", true],
    ["05/2021/TT-TTCP", true],
    ["  3476/BHXH-TCCB ", true],
    ["123/QĐ-BHXH", true],
    ["1251-BHXH-TCCB", false],
    ["1251/bhxh-tccb", false],
    ["1251 / BHXH-TCCB", false],
    ["BHXH-TCCB", false],
    ["1251/BHXH-", false],
    ["", false],
  ])("%s → %s", (value, ok) => {
    expect(ZDirectiveNumber.safeParse(value).success).toBe(ok);
  });
});
