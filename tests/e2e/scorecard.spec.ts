import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

test("a staff member opens their month's provisional scorecard from the profile, and moves between periods", async ({
  page,
}) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  await page.goto("/profile");
  await page.getByRole("link", { name: "Phiếu đánh giá tháng này (tạm tính)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phiếu đánh giá");
  await expect(page.getByTestId("scorecard-summary")).toContainText("Điểm kết quả nhiệm vụ (tối đa 70)");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "← Kỳ trước" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phiếu đánh giá");
  // Another person's scorecard, their own head's included, is not theirs to read.
  const other = await page.request.get("/api/v1/users", { params: { q: "truong.dongda" } });
  const id = (await other.json()).items[0].id as string;
  const response = await page.goto(`/evaluations/${id}/2026-11`);
  expect(response?.status()).toBe(404);
});
