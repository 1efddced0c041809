import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

/** The backlog template filled as an office would: one task overdue since before Tết, one done late. */
async function backlog(page: Page, stamp: string): Promise<Buffer> {
  const template = await page.request.get("/api/v1/imports/templates/tasks.xlsx");
  expect(template.status()).toBe(200);
  const users = await page.request.get("/api/v1/users", { params: { q: "nv.dongda" } });
  const owner = (await users.json()).items[0].employeeCode as string;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  wb.getWorksheet("Công việc")!.addRows([
    [
      `TD-${stamp}-1`,
      "1251/BHXH-TCCB",
      "2a",
      `Rà soát hồ sơ tồn đọng ${stamp}`,
      "HN-DD",
      day("2026-02-12"),
      null,
      "",
      "Cao",
    ],
    [
      `TD-${stamp}-2`,
      "1251/BHXH-TCCB",
      "2b",
      `Báo cáo kết quả rà soát ${stamp}`,
      "HN-DD",
      day("2026-02-10"),
      day("2026-02-10"),
      "Đã báo cáo",
      "",
    ],
  ]);
  wb.getWorksheet("Các bước")!.addRows([
    [`TD-${stamp}-1`, 1, "Lập danh sách hồ sơ", "Xử lý, dự thảo", owner, day("2026-02-12"), null, ""],
    [
      `TD-${stamp}-2`,
      1,
      "Dự thảo báo cáo",
      "Xử lý, dự thảo",
      owner,
      day("2026-02-06"),
      day("2026-02-09"),
      "Đã dự thảo",
    ],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("TCCB brings in the backlog with past deadlines, then undoes the import before anyone acts", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now()).slice(-7);
  await signIn(page, "tccb@demo.bhxh.vn");
  await page.getByRole("link", { name: "Nhập dữ liệu" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập dữ liệu từ Excel" })).toBeVisible();
  // TCCB imports the backlog only: people are the admins'.
  await expect(page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" })).toHaveCount(0);

  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({
    name: `ton-dong-${stamp}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await backlog(page, stamp),
  });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Công việc: 2 mới, 0 thay đổi, 0 không đổi, 0 lỗi");
  await expect(summary).toContainText("Các bước: 2 mới");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(summary).toContainText("Đã áp dụng");

  // The overdue task is in the search, as any task: its deadline is in the past.
  await page.goto(`/search?q=${encodeURIComponent(`Rà soát hồ sơ tồn đọng ${stamp}`)}`);
  await expect(page.getByRole("link", { name: `Rà soát hồ sơ tồn đọng ${stamp}` })).toBeVisible();
  await page.goBack();

  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Hoàn tác lần nhập" }).click();
  await expect(summary).toContainText("Đã hoàn tác");
  await expect(page.getByRole("button", { name: "Hoàn tác lần nhập" })).toHaveCount(0);
});
