import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

test("TCCB lands on the sector compliance view and is shown as the sector's monitor", async ({ page }) => {
  await signIn(page, "tccb@demo.bhxh.vn");
  await expect(page).toHaveURL(/\/compliance$/);
  await expect(page.getByRole("heading", { name: "Theo dõi thực hiện nhiệm vụ toàn Ngành" })).toBeVisible();
  const user = page.getByTestId("current-user");
  await expect(user).toContainText("Theo dõi (Vụ TCCB)");
  await expect(user).not.toContainText("Lãnh đạo đơn vị");
  await expectNoSeriousA11yViolations(page);
});

test("staff find the API documentation in their profile, not in the main menu", async ({ page }) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(menu.getByRole("link", { name: "Việc của tôi" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Tài liệu API" })).toHaveCount(0);
  await menu.getByRole("link", { name: "Hồ sơ" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expectNoSeriousA11yViolations(page);
  await page
    .getByTestId("section-api-docs")
    .getByRole("link", { name: /Tài liệu API/ })
    .click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expectNoSeriousA11yViolations(page);
});

test("the first Tab reaches a visible skip link that moves past the menu to the page", async ({ page }) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  await page.goto("/my-work");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua menu, tới nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main#main")).toBeFocused();
});

test("the site has an icon, at /favicon.ico too, where browsers ask for it", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\//);
  await page.goto("/login");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  expect((await request.get(href!)).status()).toBe(200);
});

test("a head's dashboard has no serious accessibility violation", async ({ page }) => {
  await signIn(page, "truong.dongda@demo.bhxh.vn");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
