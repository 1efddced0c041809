import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, openTaskByTitle, signIn } from "./support";

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test("on a phone the main menu folds behind a button that works from the keyboard", async ({ page }) => {
  await signIn(page, "truong.dongda@demo.bhxh.vn");
  await expect(page).toHaveURL(/\/unit$/);
  await expect(page.getByRole("heading", { name: "Việc của đơn vị" })).toBeVisible();
  const button = page.getByRole("button", { name: "Menu" });
  const link = page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Việc của tôi" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(link).toBeHidden();
  await button.focus();
  await page.keyboard.press("Enter");
  const close = page.getByRole("button", { name: "Đóng menu" });
  await expect(close).toHaveAttribute("aria-expanded", "true");
  await expect(link).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await link.click();
  await expect(page).toHaveURL(/\/my-work$/);
  // Following a link folds the menu again.
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
});

for (const email of ["truong.dongda@demo.bhxh.vn", "giamdoc.hanoi@demo.bhxh.vn"]) {
  test(`the home page of ${email} stays a few screens tall on a phone, every row still reachable`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(/\/unit$/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
    const steps = page.getByTestId("section-steps");
    const rows = steps.locator("tbody tr");
    const total = await rows.count();
    if (total > 5) {
      await expect(rows.nth(5)).toBeHidden();
      await steps.getByTestId("fold-button").click();
      await expect(rows.nth(total - 1)).toBeVisible();
    }
  });
}

test("on a phone a step's status block lines up with its title", async ({ page }) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(page, "Cập nhật dữ liệu tiếp công dân, giải quyết KNTC, KNPA của BHXH quận Đống Đa");
  const step = page.getByTestId("step-2");
  const title = await step.getByRole("heading", { level: 3 }).boundingBox();
  const status = await step.getByTestId("step-status-block").boundingBox();
  expect(Math.abs(status!.x - title!.x)).toBeLessThan(2);
  const text = await step.getByTestId("step-status").boundingBox();
  expect(Math.abs(text!.x - title!.x)).toBeLessThan(2);
});

// A page wider than the phone makes the reader scroll sideways to find its menu and text. Wide
// tables scroll inside their frame (components/ui/table-frame.ts) instead.
const widePages: [string, string[]][] = [
  ["tccb@demo.bhxh.vn", ["/compliance", "/units", "/directives"]],
  ["giamdoc.hanoi@demo.bhxh.vn", ["/dashboard", "/dashboard/list", "/reports/summary", "/signals", "/unit"]],
  ["nv.dongda@demo.bhxh.vn", ["/my-work", "/search?q=d%E1%BB%AF+li%E1%BB%87u", "/profile", "/api-docs"]],
];
for (const [email, paths] of widePages) {
  test(`on a phone no page of ${email} is wider than the screen`, async ({ page }) => {
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(375);
    }
  });
}

test("on a phone the dashboard's long lists fold, every row one press away", async ({ page }) => {
  await signIn(page, "giamdoc.hanoi@demo.bhxh.vn");
  await page.goto("/dashboard");
  for (const testId of ["overdue-section", "people-section"]) {
    const section = page.getByTestId(testId);
    const rows = section.locator("tbody tr");
    const total = await rows.count();
    expect(total, `${testId} has more rows than a fold shows`).toBeGreaterThan(5);
    await expect(rows.nth(5)).toBeHidden();
    await section.getByTestId("fold-button").click();
    await expect(rows.nth(total - 1)).toBeVisible();
  }
});
