import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, signIn } from "./support";

// A demo person no other journey signs in as: this one changes her password and adds a second factor.
const EMAIL = "loctv@demo.bhxh.vn";
const NEW_PASSWORD = "Sài Gòn mưa chiều 2026";

test("a person changes her password on the profile, stays signed in, enrols a second factor and needs its code to sign in", async ({
  page,
}) => {
  await signIn(page, EMAIL);
  await page.goto("/profile");

  const form = page.getByTestId("change-password-form");
  await form.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
  await form.getByLabel("Mật khẩu mới", { exact: true }).fill("matkhau123");
  await form.getByLabel("Nhập lại mật khẩu mới").fill("matkhau123");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.locator("#password-error")).toContainText("Mật khẩu này quá phổ biến");
  await form.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await form.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByTestId("change-password-done")).toBeVisible();
  // The change ended every older session; this browser got a fresh one and is still signed in.
  await page.reload();
  await expect(page.getByTestId("current-user")).toBeAttached();

  const enrolment = page.getByTestId("section-totp");
  await enrolment.getByRole("button", { name: "Bật xác thực hai lớp" }).click();
  await expect(enrolment.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).toBeVisible();
  const secret = (await enrolment.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousA11yViolations(page);
  await enrolment.getByLabel("Mã xác thực (6 chữ số)").fill(await generate({ secret }));
  await enrolment.getByRole("button", { name: "Xác nhận" }).click();
  // The form says so, then the page refreshes to the server's word for it: either is the answer.
  await expect(page.getByTestId("totp-done").or(page.getByTestId("totp-enabled"))).toBeVisible();

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Thư điện tử").fill(EMAIL);
  await page.getByLabel("Mật khẩu").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  const code = page.getByLabel("Mã xác thực (6 chữ số)");
  await expect(code).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The enrolment's code is spent: the app's next 30-second step, which it accepts a step early.
  await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeAttached();
});
