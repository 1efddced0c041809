import { expect, type Locator, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, isoDateIn, signIn } from "./support";

async function selectOptionContaining(select: Locator, text: string) {
  const options = select.locator("option");
  const labels = await options.allTextContents();
  const index = labels.findIndex((l) => l.includes(text));
  expect(index, `an option containing "${text}" in ${labels.join(" | ")}`).toBeGreaterThan(-1);
  await select.selectOption({ index });
}

test("a head creates a task under 1251/BHXH-TCCB from a template and assigns every step", async ({ page }) => {
  await signIn(page, "truong.dongda@demo.bhxh.vn");
  await page.goto("/directives");
  await page.getByRole("link", { name: "1251/BHXH-TCCB" }).first().click();
  await page.getByRole("link", { name: "Giao nhiệm vụ" }).click();

  const title = `Rà soát phân công từng khâu tại bộ phận một cửa ${Date.now()}`;
  await page.getByLabel("Tên nhiệm vụ").fill(title);
  await page.getByLabel("Điểm, mục của văn bản").fill("2a");
  await page.getByLabel("Hạn hoàn thành").fill(isoDateIn(40));
  await selectOptionContaining(page.getByLabel("Đơn vị chủ trì"), "Đống Đa");
  await selectOptionContaining(page.getByLabel("Quy trình mẫu"), "Quy trình xử lý văn bản chỉ đạo");

  const steps = page.getByTestId("step-assignment");
  const count = await steps.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) {
    const legend = await steps.nth(i).locator("legend").innerText();
    const owner = /Phê duyệt|Ban hành/.test(legend) ? "Hoàng Văn Nam" : "Nguyễn Thị Lan";
    await selectOptionContaining(steps.nth(i).getByLabel("Người chịu trách nhiệm"), owner);
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Giao nhiệm vụ" }).click();

  await expect(page.getByTestId("task-title")).toHaveText(title);
  const rendered = page.getByTestId("task-steps").locator("> li");
  await expect(rendered).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(rendered.nth(i).getByTestId("step-owner")).not.toBeEmpty();
  await expect(page.getByTestId("step-1").getByTestId("step-status")).toHaveText("Chờ xử lý");
  const history = page.getByTestId("task-history");
  await expect(history).toContainText("Giao nhiệm vụ");
  await expect(history).toContainText("Phân công khâu");
  await expectNoSeriousA11yViolations(page);
});
