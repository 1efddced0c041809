import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// A demo person no other journey signs in as: this one changes her password.
const EMAIL = "suongltt@demo.bhxh.vn";
const NEW_PASSWORD = "Mật khẩu mới của Sương 1";

test("a forgotten password is reset through the link in the e-mail, which the demo's mailbox shows, and the link works once", async ({
  browser,
  page,
}) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await expect(page.getByRole("heading", { name: "Quên mật khẩu" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Thư điện tử").fill(EMAIL);
  await page.getByRole("button", { name: "Gửi liên kết" }).click();
  await expect(page.getByTestId("forgot-sent")).toContainText("Nếu địa chỉ này có tài khoản");

  // Without SMTP_URL the message is kept and an administrator sees it in the development mailbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.bhxh.vn");
  await admin.getByRole("link", { name: "Hộp thư thử" }).click();
  const letter = admin.getByTestId("dev-mailbox").locator("li", { hasText: EMAIL }).first();
  await expect(letter).toContainText("Đặt lại mật khẩu Trách nhiệm");
  await expectNoSeriousA11yViolations(admin);
  const href = await letter.getByRole("link", { name: "Mở liên kết" }).getAttribute("href");
  const link = new URL(href ?? "");
  expect(link.pathname).toBe("/reset-password");
  await adminContext.close();

  await page.goto(link.pathname + link.search);
  await expect(page.getByRole("heading", { name: "Đặt mật khẩu mới" })).toBeVisible();
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("ngan");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.locator("#password-error")).toHaveText("Mật khẩu mới cần ít nhất 10 ký tự.");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByTestId("reset-done")).toBeVisible();

  await signIn(page, EMAIL, NEW_PASSWORD);
  await expect(page.getByTestId("current-user")).toContainText("Lê Thị Thu Sương");

  // The same link a second time changes nothing.
  const againContext = await browser.newContext();
  const again = await againContext.newPage();
  await again.goto(link.pathname + link.search);
  await again.getByLabel("Mật khẩu mới", { exact: true }).fill("Mật khẩu khác nữa 2");
  await again.getByLabel("Nhập lại mật khẩu mới").fill("Mật khẩu khác nữa 2");
  await again.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(again.getByTestId("reset-error")).toContainText("Liên kết đặt lại mật khẩu không dùng được");
  await againContext.close();
});
