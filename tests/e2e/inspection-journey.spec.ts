import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// Nhung (an inspector of Vụ Thanh tra - Kiểm tra) and Tài (a staff member of BHXH TP. Đà Nẵng)
// appear in no other journey, so this one can run beside the others. The texts carry Date.now():
// the database lives for the whole run.

/** The value of the option of `select` whose text contains `text` (unit names come indented). */
async function optionValue(page: Page, label: string, text: string) {
  const value = await page.getByLabel(label).locator("option", { hasText: text }).first().getAttribute("value");
  expect(value, `${label}: ${text}`).toBeTruthy();
  return value!;
}

test("an inspector runs a surprise inspection to its conclusion, and the inspected unit's staff member completes the recommendation's step", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const run = Date.now();
  const subject = `Kiểm tra đột xuất việc thực hiện 1251/BHXH-TCCB ${run}`;
  const finding = `Lịch tiếp công dân chưa được niêm yết tại trụ sở ${run}`;
  const recommendation = `Niêm yết lịch tiếp công dân và báo cáo kết quả ${run}`;

  const nhung = await (await browser.newContext()).newPage();
  nhung.on("dialog", (d) => void d.accept());
  await signIn(nhung, "nhunglth@demo.bhxh.vn");
  await nhung.goto("/inspections");
  const create = nhung.getByTestId("inspection-create");
  await expect(create).toBeVisible();

  // Sent empty first: the schema's messages show in place, focus on the first invalid field.
  await create.getByRole("button", { name: "Mở cuộc kiểm tra" }).click();
  await expect(nhung.getByTestId("form-error")).toBeVisible();
  await expect(create.getByLabel("Đơn vị được kiểm tra")).toBeFocused();

  await create
    .getByLabel("Đơn vị được kiểm tra")
    .selectOption(await optionValue(nhung, "Đơn vị được kiểm tra", "BHXH TP. Đà Nẵng"));
  await create.getByLabel("Thời kỳ kiểm tra từ").fill("01/01/2026");
  await create.getByLabel("Nội dung kiểm tra").fill(subject);
  await create.getByLabel("Trưởng đoàn").selectOption(await optionValue(nhung, "Trưởng đoàn", "Lý Thị Hồng Nhung"));
  await create.getByRole("checkbox", { name: "Đặng Văn Long" }).check();
  await create.getByLabel("Bảng kiểm").selectOption(await optionValue(nhung, "Bảng kiểm", "1151/BHXH-TTKT"));
  await expectNoSeriousA11yViolations(nhung);
  await create.getByRole("button", { name: "Mở cuộc kiểm tra" }).click();

  await expect(nhung).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
  await expect(nhung.getByText(subject)).toBeVisible();
  await nhung.getByRole("button", { name: "Bắt đầu kiểm tra" }).click();
  await expect(nhung.getByText("Đột xuất · Đang kiểm tra")).toBeVisible();

  const answer = nhung.getByRole("form", { name: "Đánh giá mục kiểm tra" }).first();
  await answer.getByLabel("Trạng thái").selectOption({ label: "Không đạt" });
  await answer.getByLabel("Ghi chú").fill(`Không có lịch niêm yết ${run}`);
  await answer.getByRole("button", { name: "Lưu" }).click();
  await expect(nhung.getByTestId("inspection-checklist")).toContainText(`Không có lịch niêm yết ${run}`);

  const findings = nhung.getByTestId("inspection-findings");
  // Under way, the team reads Đà Nẵng's tasks as its head does, and cites them as evidence.
  const lateTask = "Quán triệt, triển khai pháp luật về tiếp công dân";
  await expect(nhung.getByTestId("inspected-work-table")).toContainText(lateTask);
  await findings.getByRole("textbox", { name: "Phát hiện" }).fill(finding);
  const evidence = findings.getByTestId("finding-evidence");
  await evidence.getByText(/^Nhiệm vụ \(0\/\d+\)$/).click();
  await evidence.getByRole("checkbox", { name: new RegExp(`^${lateTask}.*\\(hạn`) }).check();
  await expect(evidence.getByText(/^Nhiệm vụ \(1\/\d+\)$/)).toBeVisible();
  await findings.getByRole("button", { name: "Ghi phát hiện" }).click();
  await expect(findings).toContainText(finding);
  const links = findings.getByTestId("finding-links");
  await expect(links).toContainText(`Nhiệm vụ: ${lateTask}`);
  await links.getByRole("link").first().click();
  await expect(nhung.getByTestId("inspected-task-note")).toBeVisible();
  await expect(nhung.getByTestId("task-title")).toContainText(lateTask);
  await expect(nhung.getByRole("button", { name: "Bắt đầu xử lý" })).toHaveCount(0);
  await nhung.getByRole("link", { name: "Về cuộc kiểm tra" }).click();

  const conclude = nhung.getByTestId("inspection-conclude");
  await conclude.getByLabel("Số, ký hiệu kết luận").fill(`${run % 100000}/KL-TTKT`);
  await conclude.getByLabel("Nội dung kết luận").fill("Đơn vị chưa niêm yết lịch tiếp công dân theo quy định.");
  const rec = conclude.getByTestId("recommendation").first();
  await rec.getByLabel("Nội dung kiến nghị").fill(recommendation);
  await rec.getByLabel("Đơn vị chủ trì").selectOption(await optionValue(nhung, "Đơn vị chủ trì", "BHXH TP. Đà Nẵng"));
  await rec.getByLabel("Quy trình").selectOption({ label: "Quy trình phổ biến, quán triệt văn bản" });
  const owners = rec.getByLabel("Người chịu trách nhiệm");
  await expect(owners).toHaveCount(4);
  const tai = await owners.first().locator("option", { hasText: "Nguyễn Văn Tài" }).getAttribute("value");
  for (const owner of await owners.all()) await owner.selectOption(tai!);
  await expectNoSeriousA11yViolations(nhung);
  await conclude.getByRole("button", { name: "Ban hành kết luận" }).click();

  const recommendations = nhung.getByTestId("inspection-recommendations");
  await expect(recommendations).toContainText(recommendation);
  await expect(recommendations).toContainText("0/4");
  await expect(nhung.getByTestId("inspection-conclude")).toHaveCount(0);
  const inspectionUrl = nhung.url();

  const taiPage = await (await browser.newContext()).newPage();
  await signIn(taiPage, "tainv@demo.bhxh.vn");
  await taiPage.goto("/my-work");
  await taiPage.getByRole("link", { name: recommendation }).first().click();
  await expect(taiPage.getByTestId("task-title")).toContainText(recommendation);
  const step = taiPage.getByTestId("step-1");
  await step.getByRole("button", { name: "Bắt đầu xử lý" }).click();
  await expect(step.getByTestId("step-status")).toHaveText("Đang xử lý");
  await step.getByRole("button", { name: "Hoàn thành", exact: true }).click();
  await step.getByLabel("Kết quả thực hiện").fill("Đã niêm yết lịch tiếp công dân tại trụ sở và trên cổng thông tin.");
  await step.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(step.getByTestId("step-status")).toHaveText("Đã xong");

  // The inspecting unit follows the recommendation's progress on the inspection's page.
  await nhung.goto(inspectionUrl);
  await expect(nhung.getByTestId("inspection-recommendations")).toContainText("1/4");
});
