import { expect, type Locator, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

async function selectOptionContaining(select: Locator, text: string) {
  const labels = await select.locator("option").allTextContents();
  const index = labels.findIndex((l) => l.includes(text));
  expect(index, `an option containing "${text}" in ${labels.join(" | ")}`).toBeGreaterThan(-1);
  await select.selectOption({ index });
}

test("an admin adds a person, finds them without diacritics, moves them and deactivates then reactivates the account", async ({
  page,
}) => {
  await signIn(page, "admin@demo.bhxh.vn");
  await page.getByRole("link", { name: "Quản lý cán bộ" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Quản lý cán bộ" })).toBeVisible();

  const stamp = String(Date.now()).slice(-6);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Thêm cán bộ" }) });
  await form.getByRole("textbox", { name: /^Họ và tên/ }).fill(`Trịnh Thị Ưng ${stamp}`);
  await form.getByRole("textbox", { name: /^Mã cán bộ/ }).fill(`CB-E2E-${stamp}`);
  await form.getByRole("textbox", { name: /^Thư điện tử/ }).fill("không-phải-thư");
  await form.getByRole("button", { name: "Thêm cán bộ" }).click();
  await expect(form.getByText(/Địa chỉ thư điện tử chưa đúng/)).toBeVisible();
  await expect(form.getByText("Chọn đơn vị.")).toBeVisible();
  await form.getByRole("textbox", { name: /^Thư điện tử/ }).fill(`ung.${stamp}@demo.bhxh.vn`);
  await selectOptionContaining(form.getByRole("combobox", { name: /^Đơn vị/ }), "BHXH quận Đống Đa");
  await form.getByRole("button", { name: "Thêm cán bộ" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã thêm cán bộ.");

  await page.getByLabel(/Tìm theo tên, mã cán bộ/).fill(`trinh thi ung ${stamp}`);
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  const table = page.getByTestId("admin-people-table");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await table.getByRole("link", { name: `Trịnh Thị Ưng ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trịnh Thị Ưng ${stamp}`);

  page.on("dialog", (d) => void d.accept());
  await selectOptionContaining(page.getByLabel(/^Đơn vị mới/), "BHXH quận Hai Bà Trưng");
  await page.getByRole("button", { name: "Chuyển đơn vị" }).click();
  await expect(page.getByText(/BHXH quận Hai Bà Trưng · mã cán bộ/)).toBeVisible();

  await page.getByRole("button", { name: "Thôi kích hoạt" }).click();
  await expect(page.getByText(/Tài khoản đã thôi kích hoạt/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Kích hoạt lại" }).click();
  await expect(page.getByText(/Tài khoản đã thôi kích hoạt/)).toHaveCount(0);
});
