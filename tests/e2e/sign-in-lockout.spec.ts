import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support";

// A demo account no other journey signs in with: locking it cannot disturb a parallel spec.
const EMAIL = "tunglt@demo.bhxh.vn";

test("after five wrong passwords the sign-in is held back with a clear message, the right password too", async ({
  page,
}) => {
  await page.goto("/login");
  const email = page.getByLabel("Thư điện tử");
  const password = page.getByLabel("Mật khẩu");
  const submit = page.getByRole("button", { name: "Đăng nhập", exact: true });
  const error = page.getByTestId("login-error");
  await email.fill(EMAIL);
  // Each answer is awaited: the message reads the same five times, so its text cannot tell them apart.
  const answered = () => page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  for (let i = 1; i <= 5; i++) {
    await password.fill(`sai-mat-khau-${i}`);
    await Promise.all([answered(), submit.click()]);
    await expect(error).toHaveText("Sai địa chỉ thư điện tử hoặc mật khẩu. Kiểm tra lại rồi đăng nhập lần nữa.");
  }
  await password.fill(DEMO_PASSWORD);
  await Promise.all([answered(), submit.click()]);
  await expect(error).toHaveText("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});
