import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

/** Signs in through the real sign-in form and waits for the role's first screen. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
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
