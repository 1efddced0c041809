import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// Last month in Asia/Ho_Chi_Minh: the demo's evaluation journey (prisma/seed/evaluations.ts)
// is always last month's, whatever the day the suite runs.
function lastMonth(): string {
  const local = new Date(Date.now() + 7 * 3600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth(); // 0-based: the previous month's 1-based number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, "0")}`;
}

test("a staff member self-assesses, the head assesses and approves, and the scorecard shows the exemption", async ({
  browser,
}) => {
  const period = lastMonth();
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "vuongnh@demo.bhxh.vn");
  await staff.goto("/profile");
  const me = new URL(
    (await staff.getByRole("link", { name: "Phiếu đánh giá tháng này (tạm tính)" }).getAttribute("href"))!,
    "http://x",
  ).pathname.split("/")[2]!;
  await staff.goto(`/evaluations/${me}/${period}`);
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("Ngô Hữu Vượng");
  const products = staff.getByTestId("scorecard-products");
  await expect(products.getByRole("row")).toHaveCount(5);
  // The delay explained and accepted is not deducted, and says why with a link to the explanation.
  await expect(
    products.getByRole("link", { name: "Không trừ: giải trình được chấp nhận là nguyên nhân khách quan" }),
  ).toBeVisible();
  await expect(products.getByText("Trễ hạn: trừ 25% điểm tiến độ")).toHaveCount(1);
  await expect(staff.getByTestId("evaluation-total")).toContainText("Chưa có");
  await expectNoSeriousA11yViolations(staff);

  // A wrong entry is refused with the reason beside its field, then the right one is saved.
  const self = staff.getByTestId("self-assessment-form");
  await self
    .getByLabel("Kết quả đã thực hiện trong kỳ")
    .fill("Hoàn thành 4 khâu; 1 khâu trễ do số liệu thuế gửi chậm.");
  await self.getByLabel("Tự chấm tiêu chí chung (tối đa 30)").fill("35");
  await self.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(self.getByText("Điểm tiêu chí chung tối đa 30.")).toHaveCount(1);
  await self.getByLabel("Tự chấm tiêu chí chung (tối đa 30)").fill("28");
  await self.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(staff.getByTestId("self-assessment")).toContainText("Tự chấm tiêu chí chung 28 điểm");

  // The head of BHXH Quận 3 finds them in the unit's table and assesses them.
  const head = await (await browser.newContext()).newPage();
  await signIn(head, "tranghtt@demo.bhxh.vn");
  await head.goto(`/evaluations?period=${period}`);
  const table = head.getByTestId("unit-evaluations");
  const row = table.getByRole("row", { name: /Ngô Hữu Vượng/ });
  await expect(row).toContainText("Đã tự đánh giá");
  await row.getByRole("link", { name: "Ngô Hữu Vượng" }).click();
  const assess = head.getByTestId("assess-form");
  await assess.getByLabel("Điểm tiêu chí chung (tối đa 30)").fill("27");
  // A major quality error on the last product, with its reason.
  const last = assess.locator('[data-testid^="mark-"]').last();
  await last.getByRole("button", { name: "Thêm lỗi lớn" }).click();
  await last.getByLabel("Lỗi lớn 1: lý do").fill("Đối chiếu thiếu 12 hồ sơ");
  await assess.getByRole("button", { name: "Lưu đánh giá" }).click();
  await expect(head.getByTestId("assessment-line")).toContainText("Đánh giá bởi Hồ Thị Thu Trang");
  await expect(head.getByTestId("scorecard-products")).toContainText(
    "Lỗi lớn: Đối chiếu thiếu 12 hồ sơ (trừ 25% điểm chất lượng)",
  );
  const total = (await head.getByTestId("evaluation-total").textContent())!;
  expect(total).toMatch(/\d/);

  head.once("dialog", (dialog) => void dialog.accept());
  await head.getByRole("button", { name: "Phê duyệt kết quả" }).click();
  await expect(head.getByTestId("approval-line")).toContainText("Đã phê duyệt bởi Hồ Thị Thu Trang");
  await expect(head.getByTestId("assess-form")).toHaveCount(0);

  // The evaluation sheet downloads with the same total and grade, and the signatures' places.
  const [download] = await Promise.all([
    head.waitForEvent("download"),
    head.getByTestId("evaluation-sheet-link").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const cells = book.worksheets.flatMap((ws) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text))));
    return out;
  });
  const [points, grade] = total.split(" · ");
  // The page writes 75,13 (Vietnamese); a number cell reads 75.13.
  expect(cells.some((c) => c.includes(points!) || c.includes(points!.replace(",", ".")))).toBe(true);
  expect(cells.some((c) => c.includes(grade!))).toBe(true);
  expect(cells.some((c) => c.includes("Ngô Hữu Vượng"))).toBe(true);
  expect(cells.some((c) => /Người có thẩm quyền phê duyệt/i.test(c))).toBe(true);

  // The person sees the locked result, the same figures.
  await staff.reload();
  await expect(staff.getByTestId("evaluation-total")).toHaveText(total);
  await expect(staff.getByTestId("self-assessment-form")).toHaveCount(0);
  await expect(staff.getByTestId("approval-line")).toBeVisible();

  // TCCB sees the sector by unit, and drills down to the province's table and the person.
  const tccb = await (await browser.newContext()).newPage();
  await signIn(tccb, "tccb@demo.bhxh.vn");
  await tccb.goto(`/evaluations?period=${period}`);
  await expect(tccb.getByTestId("sector-summary")).toBeVisible();
  await tccb.getByTestId("sector-evaluations").getByRole("link", { name: "BHXH TP. Hồ Chí Minh" }).click();
  const row2 = tccb.getByTestId("unit-evaluations").getByRole("row", { name: /Ngô Hữu Vượng/ });
  await expect(row2).toContainText("Đã phê duyệt");
  await expectNoSeriousA11yViolations(tccb);
});
