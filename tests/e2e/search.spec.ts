import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const LAN_TASK =
  "Cập nhật dữ liệu tiếp công dân, giải quyết KNTC, KNPA của BHXH quận Đống Đa vào Hệ thống CSDL quốc gia về KNTC";

test("a head finds a task by words typed without accents, within their scope, and opens it", async ({ page }) => {
  await signIn(page, "giamdoc.hanoi@demo.bhxh.vn");
  await page.goto("/search");
  await page.getByLabel("Từ khóa hoặc số, ký hiệu văn bản").fill("cap nhat du lieu tiep cong dan");
  await page.getByLabel("Từ khóa hoặc số, ký hiệu văn bản").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=cap\+nhat/);
  const results = page.getByTestId("task-results");
  await expect(results.getByRole("link", { name: LAN_TASK })).toBeVisible();
  // Every result is within BHXH Hà Nội's subtree, and the count says how many there are.
  const count = await results.locator("li").count();
  await expect(page.getByRole("heading", { name: new RegExp(`^Nhiệm vụ\\s*${count}$`) })).toBeVisible();
  await expect(page.getByTestId("search-capped")).toHaveCount(0);
  await results.getByRole("link", { name: LAN_TASK }).click();
  await expect(page.getByTestId("task-title")).toHaveText(LAN_TASK);
});

test("the head of another province does not find it, and is told what to try", async ({ page }) => {
  await signIn(page, "thinhlq@demo.bhxh.vn");
  await page.goto(`/search?q=${encodeURIComponent("KNPA của BHXH quận Đống Đa")}`);
  await expect(page.getByTestId("task-results").getByRole("link", { name: LAN_TASK })).toHaveCount(0);
  await expect(page.getByText("Kết quả chỉ gồm nhiệm vụ trong phạm vi bạn được xem.")).toBeVisible();
});
