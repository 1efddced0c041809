import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a staff member cannot open another unit's task by URL", async ({ browser }) => {
  const tccb = await (await browser.newContext()).newPage();
  await signIn(tccb, "tccb@demo.bhxh.vn");
  await tccb.goto("/directives");
  await tccb.getByRole("link", { name: "1251/BHXH-TCCB" }).first().click();
  const row = tccb.getByTestId("directive-tasks").locator("tbody tr").filter({ hasText: "TP. Hồ Chí Minh" }).first();
  const href = await row.getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
  await tccb.goto(href!);
  await expect(tccb.getByTestId("task-title")).toBeVisible();

  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  // The page streams (loading state) before it knows, so the answer is the not-found page, not the status.
  await lan.goto(href!);
  await expect(lan.getByTestId("not-found")).toBeVisible();
  await expect(lan.getByTestId("task-title")).toHaveCount(0);
});
