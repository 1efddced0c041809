import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// A demo person no other journey signs in as: an administrator resets her password.
const EMAIL = "phucnh@demo.bhxh.vn";
const OWN_PASSWORD = "Bến Nghé sáng sớm 2026";

test("an administrator issues a temporary password; the person must choose her own before anything else", async ({
  browser,
  page,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.bhxh.vn");
  // The person's id, as the administrator's own session reads it from the API.
  const found = await admin.request.get("/api/v1/users", { params: { q: "Nguyễn Hoàng Phúc" } });
  const person = ((await found.json()) as { items: { id: string; email: string }[] }).items.find(
    (u) => u.email === EMAIL,
  );
  expect(person).toBeDefined();
  await admin.goto(`/compliance/person/${person?.id}`);
  const section = admin.getByTestId("section-admin-reset-password");
  admin.once("dialog", (dialog) => void dialog.accept());
  await section.getByRole("button", { name: "Cấp mật khẩu tạm" }).click();
  const temporary = (await section.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).toMatch(/^[A-Za-z2-9]{14}$/);
  await expectNoSeriousA11yViolations(admin);
  await adminContext.close();

  await page.goto("/login");
  await page.getByLabel("Thư điện tử").fill(EMAIL);
  await page.getByLabel("Mật khẩu").fill(temporary);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText("Quản trị hệ thống đã đặt cho bạn một mật khẩu tạm.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Every page sends her back here, the server deciding, not this page.
  await page.goto("/my-work");
  await expect(page).toHaveURL(/\/change-password$/);

  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(OWN_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(OWN_PASSWORD);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Nguyễn Hoàng Phúc");
  await expect(page).toHaveURL(/\/my-work$/);
});
