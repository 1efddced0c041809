import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

/**
 * A filled template as an office would send it: three units under the demo's root (a province
 * and its two districts, the children listed before their parent) and 50 people, one of whom
 * has a mistyped e-mail when `broken`.
 */
async function filledTemplate(page: Page, stamp: string, broken: boolean): Promise<Buffer> {
  const response = await page.request.get("/api/v1/imports/templates/people.xlsx");
  expect(response.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const units = wb.getWorksheet("Đơn vị")!;
  const province = `T-${stamp}`;
  units.addRow([`${province}-A`, `BHXH cơ sở A ${stamp}`, "", "Cấp huyện, cơ sở", province]);
  units.addRow([`${province}-B`, `BHXH cơ sở B ${stamp}`, "", "Cấp huyện, cơ sở", province]);
  units.addRow([province, `BHXH tỉnh thử ${stamp}`, "", "Tỉnh, thành phố", "BHXHVN"]);
  const people = wb.getWorksheet("Cán bộ")!;
  for (let i = 1; i <= 50; i++) {
    const email = broken && i === 10 ? `nv${i}-${stamp}.bhxh.vn` : `nv${i}-${stamp}@bhxh.vn`;
    const unit = i === 1 ? province : `${province}-${i % 2 === 0 ? "A" : "B"}`;
    people.addRow([
      `CB-${stamp}-${i}`,
      `Nguyễn Văn Nhập ${i}`,
      email,
      unit,
      i === 1 ? "Thủ trưởng" : "Công chức, viên chức",
      i === 1 ? "Giám đốc" : "Chuyên viên",
      i === 1 ? "Lãnh đạo đơn vị; Công chức, viên chức" : "Công chức, viên chức",
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, stamp: string, file: Buffer) {
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({
    name: `can-bo-${stamp}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Nhập từ can-bo-${stamp}.xlsx` })).toBeVisible();
}

test("an admin imports a unit tree and 50 people, fixes the row the dry run names, and imports again", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now()).slice(-7);
  await signIn(page, "admin@demo.bhxh.vn");
  await page.getByRole("link", { name: "Nhập dữ liệu" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập dữ liệu từ Excel" })).toBeVisible();

  // A file over the limit is refused in the browser, before it is sent.
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({
    name: "qua-lon.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.alloc(11 * 1024 * 1024),
  });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText(/Tệp quá lớn: giới hạn là 10 MB/)).toBeVisible();

  await upload(page, stamp, await filledTemplate(page, stamp, true));
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Chạy thử");
  await expect(summary).toContainText("Đơn vị: 3 mới, 0 thay đổi, 0 không đổi, 0 lỗi");
  await expect(summary).toContainText("Cán bộ: 49 mới, 0 thay đổi, 0 không đổi, 1 lỗi");
  // Row 11 of the sheet (the tenth person, under the headings): column C, its reason in Vietnamese.
  const bad = page.getByTestId("import-row-people-11");
  await expect(bad).toContainText("C11:");
  await expect(bad).toContainText(`CB-${stamp}-10`);
  await expect(page.getByRole("button", { name: "Áp dụng" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await upload(page, stamp, await filledTemplate(page, stamp, false));
  await expect(summary).toContainText("Cán bộ: 50 mới, 0 thay đổi, 0 không đổi, 0 lỗi");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(summary).toContainText("Đã áp dụng");
  await expect(summary).toContainText("Đã ghi trong một giao dịch");

  // The same file again changes nothing.
  await page.getByRole("link", { name: "← Các lần nhập" }).click();
  await upload(page, stamp, await filledTemplate(page, stamp, false));
  await expect(summary).toContainText("Đơn vị: 0 mới, 0 thay đổi, 3 không đổi, 0 lỗi");
  await expect(summary).toContainText("Cán bộ: 0 mới, 0 thay đổi, 50 không đổi, 0 lỗi");
  await expect(page.getByTestId("import-sheet-people")).toContainText("Không có dòng mới hay thay đổi");

  // The imported people are there, in the tree the file made.
  await page.goto(`/admin/people?q=${encodeURIComponent(`CB-${stamp}-1`)}`);
  await expect(page.getByText("Nguyễn Văn Nhập 1", { exact: true })).toBeVisible();
});
