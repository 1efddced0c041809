import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

test("the demo's notifications arrive as e-mail in the mailbox, and the e-mail's link stops that kind in one click", async ({
  browser,
}) => {
  // The notification-mail job runs each minute in the server: the seeded notifications that
  // default to IMMEDIATE are in the outbox after its first tick.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.bhxh.vn");
  await admin.goto("/admin/mailbox");
  const letter = admin
    .getByTestId("dev-mailbox")
    .locator("li", { hasText: "[Trách nhiệm] Được giao khâu việc" })
    .first();
  await expect(async () => {
    await admin.reload();
    await expect(letter).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000, intervals: [5_000] });
  await letter.getByText("Nội dung").click();
  const body = (await letter.locator("pre").textContent()) ?? "";
  expect(body).toContain("đã giao cho bạn");
  const unsubscribe = /Ngừng nhận e-mail loại này: (\S+)/.exec(body)?.[1];
  expect(unsubscribe).toMatch(/\/unsubscribe\?t=/);
  const { pathname, search } = new URL(unsubscribe!);

  // Opened by someone not signed in, as from a mail reader: the page asks first.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(pathname + search);
  await expect(reader.getByRole("heading", { name: "Ngừng nhận e-mail loại «Được giao khâu việc»" })).toBeVisible();
  await expectNoSeriousA11yViolations(reader);
  await reader.getByRole("button", { name: "Ngừng nhận" }).click();
  await expect(
    reader.getByText(/^Đã ngừng: tài khoản \S+ không nhận e-mail loại «Được giao khâu việc» nữa\./),
  ).toBeVisible();
});
