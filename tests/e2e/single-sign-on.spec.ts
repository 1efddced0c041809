import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// The app runs with OIDC configured against a real oidc-provider process that the run starts
// (tests/support/e2e-global-setup.ts): these journeys go through its own sign-in and consent pages.

async function signInAtProvider(page: import("@playwright/test").Page, login: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Đăng nhập bằng tài khoản Bộ/Ngành" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("mat-khau-o-nha-cung-cap");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a person known to the app signs in through the ministry's provider and lands in the app as themselves", async ({
  page,
}) => {
  await signInAtProvider(page, "quynhdt");
  await expect(page.getByTestId("current-user")).toContainText("Dương Thị Quỳnh");
  await expect(page).toHaveURL(/\/my-work$/);
});

test("a person the app does not know gets a clear Vietnamese message and no session", async ({ page }) => {
  await signInAtProvider(page, "nguoila");
  await expect(page).toHaveURL(/\/sso-error\?/);
  await expect(page.getByTestId("sso-error")).toHaveText(
    "Tài khoản nguoi.la@ngoai.gov.vn chưa có trong hệ thống Trách nhiệm, vui lòng liên hệ quản trị hệ thống để được cấp quyền.",
  );
  await expectNoSeriousA11yViolations(page);
  await page.goto("/my-work");
  await expect(page).toHaveURL(/\/login$/);
});
