import { expect, type Locator, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

async function selectOptionContaining(select: Locator, text: string) {
  const labels = await select.locator("option").allTextContents();
  const index = labels.findIndex((l) => l.includes(text));
  expect(index, `an option containing "${text}" in ${labels.join(" | ")}`).toBeGreaterThan(-1);
  await select.selectOption({ index });
}

/** This month in Hà Nội, and the 20th of the next month as the list shows it (dd/mm/yyyy). */
function thisMonthAndNextTwentieth(): [string, string, string] {
  const local = new Date(Date.now() + 7 * 3_600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return [`${y}-${String(m).padStart(2, "0")}`, `tháng ${m}/${y}`, `20/${String(nm).padStart(2, "0")}/${ny}`];
}

test("a head makes the monthly report under 1151 recur on day 20 and finds this month's task", async ({ page }) => {
  const [key, periodWords, deadline] = thisMonthAndNextTwentieth();
  await signIn(page, "truong.dongda@demo.bhxh.vn");
  await page.goto("/templates");
  const card = page.getByTestId("template-card").filter({ hasText: "Quy trình báo cáo định kỳ" });
  await card.getByRole("link", { name: "Lặp lại định kỳ" }).click();
  await expect(page.getByRole("heading", { name: "Tạo nhiệm vụ định kỳ" })).toBeVisible();

  const title = `Báo cáo công tác tiếp công dân gửi Vụ Thanh tra - Kiểm tra ${Date.now()}`;
  await page.getByLabel("Tên nhiệm vụ").fill(title);
  await selectOptionContaining(page.getByLabel("Văn bản chỉ đạo"), "1151/BHXH-TTKT");
  await selectOptionContaining(page.getByLabel("Đơn vị chủ trì"), "Đống Đa");
  await expect(page.getByLabel("Chu kỳ")).toHaveValue("MONTHLY");
  await page.getByLabel("Ngày hạn").fill("20");
  // Day 20 of the month after the period: this month's report is still ahead whatever today is.
  await page.getByLabel("Hạn rơi vào tháng sau").check();
  await expect(page.getByTestId("rule-preview")).toHaveText("Quy tắc: Hằng tháng, hạn ngày 20 tháng sau");
  await expect(page.getByLabel("Quy trình mẫu")).not.toHaveValue("");

  // Nothing chosen yet: the refusal is in Vietnamese, on the step's own field.
  await page.getByRole("button", { name: "Lưu nhiệm vụ định kỳ" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByText("Chọn người chịu trách nhiệm khâu này.").first()).toBeVisible();

  const steps = page.getByTestId("recurrence-step");
  const count = await steps.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) {
    const legend = await steps.nth(i).locator("legend").innerText();
    const owner = /Ký duyệt/.test(legend) ? "Hoàng Văn Nam" : "Nguyễn Thị Lan";
    await selectOptionContaining(steps.nth(i).getByLabel("Người chịu trách nhiệm"), owner);
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Lưu nhiệm vụ định kỳ" }).click();

  await expect(page).toHaveURL(/\/recurrences\?created=1/);
  await expect(page.getByTestId("created-notice")).toContainText("Đã tạo 1 nhiệm vụ");
  const row = page.getByTestId("recurrence").filter({ hasText: title });
  await expect(row).toContainText("Hằng tháng, hạn ngày 20 tháng sau");
  await expect(row.getByTestId("next-deadline")).toHaveText(`Kỳ ${key}, hạn ${deadline}`);
  await expect(row).toContainText("1 nhiệm vụ");
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("link", { name: `xem kỳ ${key}` }).click();
  await expect(page.getByTestId("task-title")).toHaveText(`${title} (${periodWords})`);
  await expect(page.getByTestId("task-recurrence")).toContainText(`kỳ ${key}`);
  await expect(page.getByTestId("task-steps").locator("> li")).toHaveCount(5);
  await expect(page.getByTestId("task-history")).toContainText("Phân công khâu");
});
