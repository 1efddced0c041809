import { expect, test } from "@playwright/test";
import { openTaskByTitle, signIn, unambiguousDateIn } from "./support";

// An English browser shows a native date input as mm/dd/yyyy: the date fields must read and
// write dd/mm/yyyy whatever the browser's language, and still send yyyy-mm-dd.
test.use({ locale: "en-US" });

test("the dashboard period is typed and shown as dd/mm/yyyy in an English browser", async ({ page }) => {
  await signIn(page, "giamdoc.hanoi@demo.bhxh.vn");
  await page.goto("/dashboard");
  const filters = page.getByRole("form", { name: "Bộ lọc" });
  const from = filters.getByLabel("Từ ngày");
  const to = filters.getByLabel("Đến ngày");
  await expect(from).toHaveAttribute("placeholder", "dd/mm/yyyy");

  // Digits only, as on a phone's numeric keypad: the slashes come by themselves.
  await from.pressSequentially("01102026");
  await expect(from).toHaveValue("01/10/2026");

  await to.fill("31/02/2026");
  await to.blur();
  await expect(filters.getByText("Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 24/12/2026.")).toBeVisible();
  await to.fill("15/12/2026");
  await to.blur();
  await expect(filters.getByText(/Ngày không hợp lệ/)).toHaveCount(0);

  // Or picked on the calendar, which opens on the month typed.
  await filters.getByRole("button", { name: "Chọn ngày trên lịch" }).nth(1).click();
  const calendar = page.getByRole("dialog", { name: "Chọn ngày trên lịch" });
  await calendar.locator('[data-day="2026-12-20"] button').click();
  await expect(calendar).toBeHidden();
  await expect(to).toHaveValue("20/12/2026");

  await filters.getByRole("button", { name: "Lọc" }).click();
  await page.waitForURL(/from=2026-10-01/);
  expect(new URL(page.url()).searchParams.get("to")).toBe("2026-12-20");
  await expect(page.getByRole("form", { name: "Bộ lọc" }).getByLabel("Từ ngày")).toHaveValue("01/10/2026");
  await expect(page.getByRole("form", { name: "Bộ lọc" }).getByLabel("Đến ngày")).toHaveValue("20/12/2026");
});

test("an extension is requested with a date typed as dd/mm/yyyy in an English browser", async ({ browser }) => {
  const [, shown] = unambiguousDateIn(30);
  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(lan, /Rà soát, bổ sung nội quy, quy chế làm việc/);
  const taskUrl = lan.url();
  const step = lan.getByTestId("step-2");
  await step.getByRole("button", { name: "Xin gia hạn" }).click();
  const date = step.getByLabel("Đề nghị gia hạn đến ngày");
  await expect(date).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await date.pressSequentially(shown);
  await expect(date).toHaveValue(shown);
  await step.getByLabel("Lý do xin gia hạn").fill("Chờ ý kiến góp ý của các bộ phận về dự thảo quy chế.");
  await step.getByRole("button", { name: "Gửi đề nghị gia hạn" }).click();
  await expect(lan.getByTestId("task-history")).toContainText("Xin gia hạn");

  // The head reads the same day back: day and month were not swapped on the way.
  const head = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(head, "truong.dongda@demo.bhxh.vn");
  await head.goto(taskUrl);
  await expect(head.getByTestId("step-2").getByTestId("decide-extension")).toContainText(`xin gia hạn đến ${shown}`);
});
