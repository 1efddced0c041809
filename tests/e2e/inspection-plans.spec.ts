import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// Nhung (an inspector of Vụ Thanh tra - Kiểm tra) and Tài (staff of BHXH TP. Đà Nẵng) are this
// journey's and the inspection journey's only; TCCB's account only reads here, but for a
// checklist of its own whose title carries Date.now() and sorts after the seeded ones.

async function optionValue(page: Page, label: string, text: string) {
  const value = await page.getByLabel(label).locator("option", { hasText: text }).first().getAttribute("value");
  expect(value, `${label}: ${text}`).toBeTruthy();
  return value!;
}

test("an inspector draws up a yearly plan and adds a planned inspection, which the inspected unit sees at once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now();
  const year = 2031 + (run % 60);
  const title = `Kế hoạch kiểm tra công vụ năm ${year} (${run})`;
  const subject = `Kiểm tra theo kế hoạch việc tiếp công dân theo 1151/BHXH-TTKT ${run}`;

  const nhung = await (await browser.newContext()).newPage();
  await signIn(nhung, "nhunglth@demo.bhxh.vn");
  await nhung.goto("/inspections");
  const plans = nhung.getByTestId("inspection-plans");
  await expect(plans.getByTestId("inspection-plans-list")).toContainText("Kế hoạch kiểm tra công vụ năm");
  // An inspector edits no checklist: the editor's link is not offered.
  await expect(nhung.getByRole("link", { name: "Danh mục kiểm tra" })).toHaveCount(0);

  // Sent without a title: the schema's message in place, focus on the field.
  await plans.getByLabel("Tên kế hoạch").fill("");
  await plans.getByRole("button", { name: "Lập kế hoạch" }).click();
  await expect(plans.getByText("Nhập tên kế hoạch.")).toBeVisible();
  await expect(plans.getByLabel("Tên kế hoạch")).toBeFocused();
  // The seeded year's plan exists: a second one for the same unit and year is refused, in words.
  await plans.getByLabel("Tên kế hoạch").fill(title);
  await plans.getByRole("button", { name: "Lập kế hoạch" }).click();
  await expect(plans.getByTestId("form-error")).toContainText("đã có kế hoạch kiểm tra năm");
  await plans.getByLabel("Năm").fill("năm sau");
  await plans.getByRole("button", { name: "Lập kế hoạch" }).click();
  await expect(plans.getByText("Nhập năm của kế hoạch, từ 2000 đến 2100.")).toBeVisible();
  await plans.getByLabel("Năm").fill(String(year));
  await expectNoSeriousA11yViolations(nhung);
  await plans.getByRole("button", { name: "Lập kế hoạch" }).click();

  await expect(nhung).toHaveURL(/\/inspections\/plans\/[0-9a-f-]{36}$/);
  await expect(nhung.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(nhung.getByTestId("plan-inspections")).toContainText("Kế hoạch chưa có cuộc kiểm tra nào");
  const add = nhung.getByTestId("plan-add-inspection");
  await add
    .getByLabel("Đơn vị được kiểm tra")
    .selectOption(await optionValue(nhung, "Đơn vị được kiểm tra", "BHXH TP. Đà Nẵng"));
  await add.getByLabel("Thời kỳ kiểm tra từ").fill("01/01/2026");
  await add.getByLabel("Nội dung kiểm tra").fill(subject);
  await add.getByLabel("Trưởng đoàn").selectOption(await optionValue(nhung, "Trưởng đoàn", "Lý Thị Hồng Nhung"));
  await add.getByRole("checkbox", { name: "Đặng Văn Long" }).check();
  await expectNoSeriousA11yViolations(nhung);
  await add.getByRole("button", { name: "Thêm vào kế hoạch" }).click();

  await expect(nhung).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
  await expect(nhung.getByText("Theo kế hoạch · Chưa bắt đầu")).toBeVisible();
  // The inspection names its plan, which leads back to the plan's page and its entries.
  await nhung.getByRole("link", { name: `${title} (năm ${year})` }).click();
  await expect(nhung).toHaveURL(/\/inspections\/plans\/[0-9a-f-]{36}$/);
  await expect(nhung.getByTestId("plan-inspections-table")).toContainText(subject);

  // A planned inspection is announced: Đà Nẵng's staff see it before it starts, but no plan.
  const tai = await (await browser.newContext()).newPage();
  await signIn(tai, "tainv@demo.bhxh.vn");
  await tai.goto("/inspections");
  await expect(tai.getByTestId("inspections-all-table")).toContainText(subject);
  await expect(tai.getByTestId("inspection-plans")).toHaveCount(0);
});

test("TCCB writes a checklist of the directives' obligations, reorders and drops an item", async ({ page }) => {
  test.setTimeout(90_000);
  const run = Date.now();
  const title = `Danh mục thử: trả lời xin ý kiến (3476/BHXH-TCCB) ${run}`;
  await signIn(page, "tccb@demo.bhxh.vn");
  await page.goto("/inspections");
  await page.getByRole("link", { name: "Danh mục kiểm tra" }).click();
  await expect(page).toHaveURL(/\/inspections\/checklists$/);
  await expect(page.getByTestId("checklists")).toContainText("1151/BHXH-TTKT, điểm 7");
  await page.getByRole("link", { name: "Tạo danh mục mới" }).click();

  const editor = page.getByTestId("checklist-editor");
  await editor.getByLabel("Tên danh mục").fill(title);
  await editor.getByLabel("Mục 1: nội dung").fill("Đơn vị được lấy ý kiến trả lời đúng hạn");
  await editor.getByRole("button", { name: "Tạo danh mục" }).click();
  // The missing citation is named in place, in Vietnamese, and focused.
  await expect(editor.getByLabel("Mục 1: căn cứ")).toBeFocused();
  await expect(editor.getByText("Ghi căn cứ của mục")).toBeVisible();
  await editor.getByLabel("Mục 1: căn cứ").fill("3476/BHXH-TCCB");
  await editor.getByRole("button", { name: "Thêm mục" }).click();
  await editor.getByLabel("Mục 2: nội dung").fill("Trả lời rõ quan điểm, không chung chung, né tránh");
  await editor.getByLabel("Mục 2: căn cứ").fill("3476/BHXH-TCCB; 968/CĐ-TTg");
  await editor.getByRole("button", { name: "Đưa mục 2 lên" }).click();
  await expect(editor.getByLabel("Mục 1: nội dung")).toHaveValue("Trả lời rõ quan điểm, không chung chung, né tránh");
  await expectNoSeriousA11yViolations(page);
  await editor.getByRole("button", { name: "Tạo danh mục" }).click();
  await expect(page.getByTestId("checklist-saved")).toContainText(title);
  await expect(editor).toHaveCount(0);

  const mine = page.getByTestId("checklist").filter({ hasText: title });
  await expect(mine.locator("li")).toHaveText([
    /Trả lời rõ quan điểm.*\(3476\/BHXH-TCCB; 968\/CĐ-TTg\)/,
    /Đơn vị được lấy ý kiến trả lời đúng hạn.*\(3476\/BHXH-TCCB\)/,
  ]);
  await mine.getByRole("link", { name: `Sửa danh mục “${title}”` }).click();
  await editor.getByRole("button", { name: "Bỏ mục 1" }).click();
  await editor.getByRole("button", { name: "Lưu danh mục" }).click();
  await expect(page.getByTestId("checklist-saved")).toContainText(title);
  await expect(editor).toHaveCount(0);
  await expect(mine.locator("li")).toHaveText([/Đơn vị được lấy ý kiến trả lời đúng hạn/]);
});
