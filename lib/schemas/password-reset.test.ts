import { describe, expect, it } from "vitest";
import { withValidationLocale } from "@/lib/i18n/validation";
import { ZResetPassword } from "./password-reset";

const TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO_-";

function problems(input: Record<string, unknown>) {
  const r = withValidationLocale("vi", () => ZResetPassword.safeParse(input));
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("ZResetPassword", () => {
  it("accepts a 43-character token and a new password typed twice", () => {
    expect(problems({ token: TOKEN, password: "Mật khẩu mới 1", confirm: "Mật khẩu mới 1" })).toEqual({});
  });

  it.each([
    [{ token: TOKEN, password: "ngan", confirm: "ngan" }, "password", "Mật khẩu mới cần ít nhất 10 ký tự."],
    [
      { token: TOKEN, password: "x".repeat(65), confirm: "x".repeat(65) },
      "password",
      "Mật khẩu mới dài quá: tối đa 64 ký tự.",
    ],
    // 40 letters of 2 bytes each: under 64 characters, over bcrypt's 72 bytes.
    [
      { token: TOKEN, password: "ạ".repeat(40), confirm: "ạ".repeat(40) },
      "password",
      "Mật khẩu mới dài quá: tối đa 64 ký tự.",
    ],
    [
      { token: TOKEN, password: "Mật khẩu mới 1", confirm: "Mật khẩu mới 2" },
      "confirm",
      "Hai lần nhập mật khẩu mới không khớp nhau.",
    ],
    [
      { token: "abc", password: "Mật khẩu mới 1", confirm: "Mật khẩu mới 1" },
      "token",
      "Liên kết đặt lại mật khẩu không hợp lệ.",
    ],
    [
      { token: 42, password: "Mật khẩu mới 1", confirm: "Mật khẩu mới 1" },
      "token",
      "Liên kết đặt lại mật khẩu không hợp lệ.",
    ],
  ])("refuses %o on %s in Vietnamese", (input, field, message) => {
    expect(problems(input)[field]).toBe(message);
  });
});
