import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectNoSeriousA11yViolations } from "./support";

// English is a person's choice: on the sign-in page for this browser, then on the profile for
// their account. Dates stay dd/mm/yyyy. The people here appear in no other journey, so the
// language they leave behind changes no other test.

test("a person reads the product in English: sign-in, their work, a refused input, and back to Vietnamese", async ({
  page,
}) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill("quanlm@demo.bhxh.vn");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  // Not chosen on the account yet: the browser's choice carries over.
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole("heading", { name: "My work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip the menu, go to the main content" })).toBeAttached();
  await expect(page.getByText(/\d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The account's choice, saved on the profile, wins from then on.
  await page.goto("/profile");
  const form = page.getByTestId("locale-form");
  await form.getByLabel("Language").selectOption("vi");
  await form.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { name: "Hồ sơ" })).toBeVisible();
  await page.getByTestId("locale-form").getByLabel("Ngôn ngữ").selectOption("en");
  await page.getByTestId("locale-form").getByRole("button", { name: "Lưu ngôn ngữ" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
});

test("a refused step action is explained in English, and nothing is written", async ({ page, context }) => {
  await context.addCookies([{ name: "trach-locale", value: "en", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/login");
  await page.getByLabel("Email").fill("baovq@demo.bhxh.vn");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "My work" })).toBeVisible();
  await page.getByTestId("step-row").first().getByRole("link").first().click();
  await expect(page.getByTestId("task-title")).toBeVisible();
  const inProgress = page
    .locator('li[data-testid^="step-"]')
    .filter({ has: page.getByTestId("step-status").getByText("In progress", { exact: true }) })
    .first();
  const step = page.getByTestId((await inProgress.getAttribute("data-testid"))!);
  await step.getByRole("button", { name: "Return (not within my remit)" }).click();
  await step.getByLabel("Why is this not within your remit?").fill("Too short");
  await step.getByRole("button", { name: "Return to the head" }).click();
  await expect(step.getByText("Give a reason (at least 10 characters).")).toBeVisible();
  await page.reload();
  await expect(step.getByTestId("step-status")).toHaveText("In progress");
  await expectNoSeriousA11yViolations(page);
});
