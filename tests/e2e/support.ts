import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO_PASSWORD = "demo1234";

/** Signs in through the real sign-in form and waits for the role's first screen. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // Attached rather than visible: on a phone the name sits in the folded menu.
  await expect(page.getByTestId("current-user")).toBeAttached();
}

/** Opens the task whose title contains `title` from a list of links on the current page. */
export async function openTaskByTitle(page: Page, title: string | RegExp) {
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByTestId("task-title")).toBeVisible();
}

/** A yyyy-mm-dd date `days` calendar days from today, for date inputs. */
export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first day at least `days` calendar days from today whose day of the month is 13 or more, as [yyyy-mm-dd, dd/mm/yyyy]: such a day cannot be read month-first, so a swapped day and month shows. */
export function unambiguousDateIn(days: number): [string, string] {
  let offset = days;
  while (Number(isoDateIn(offset).slice(8, 10)) < 13) offset += 1;
  const iso = isoDateIn(offset);
  const [y, m, d] = iso.split("-");
  return [iso, `${d}/${m}/${y}`];
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * naming each rule and the elements it found, so a journey cannot pass over an inaccessible
 * screen. Minor and moderate findings are left to review.
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams a dynamic page's <title> after its body: judge the page once it has arrived.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${n.target.join(" ")}`)
          .join("\n")}`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}
