import { describe, expect, it } from "vitest";
import { passwordPolicyProblems } from "./password-policy";

const person = { email: "nguyen.van.an@hanoi.vssc.gov.vn", name: "Nguyễn Văn An" };
const keys = (password: string) => passwordPolicyProblems(password, person).map((m) => m.key);

describe("passwordPolicyProblems", () => {
  it.each([
    ["a long passphrase", "mùa thu hà nội 2026"],
    ["ten characters of anything uncommon", "k7#Qp2!vRz"],
    ["exactly 64 characters", "x".repeat(31) + "y".repeat(33)],
  ])("accepts %s", (_case, password) => {
    expect(keys(password)).toEqual([]);
  });

  it.each([
    ["nine characters", "k7#Qp2!vR", "errors.passwordTooShort"],
    ["nine Vietnamese characters, though more bytes", "Đường dài", "errors.passwordTooShort"],
    ["65 characters", "ab".repeat(32) + "c", "errors.passwordTooLong"],
    ["more than bcrypt's 72 bytes", "ữ".repeat(30), "errors.passwordTooLong"],
    ["the e-mail address", "Nguyen.Van.An@hanoi.vssc.gov.vn", "errors.passwordIsEmail"],
    ["the e-mail's name part", "nguyenvanan", "errors.passwordIsEmail"],
    ["the name with its diacritics", "Nguyễn Văn An", "errors.passwordIsName"],
    ["the name backwards", "nanavneyugn", "errors.passwordIsName"],
    ["123456789", "1234567890", "errors.passwordTooCommon"],
    ["matkhau123", "matkhau123", "errors.passwordTooCommon"],
    ["mật khẩu 123, which is matkhau123 with diacritics", "Mật khẩu 123", "errors.passwordTooCommon"],
    ["bhxh@123456", "BHXH@123456", "errors.passwordTooCommon"],
    ["one character repeated", "aaaaaaaaaaaa", "errors.passwordTooCommon"],
  ])("refuses %s", (_case, password, key) => {
    expect(keys(password)).toContain(key);
  });

  it("refuses the short common ones for being short as well", () => {
    expect(keys("bhxh@123")).toEqual(["errors.passwordTooShort", "errors.passwordTooCommon"]);
    expect(keys("123456789")).toEqual(["errors.passwordTooShort", "errors.passwordTooCommon"]);
  });

  it("does not take a short e-mail name part for the password", () => {
    expect(passwordPolicyProblems("an.le.2026.vn", { email: "an@x.vn", name: "Lê An" })).toEqual([]);
  });
});
