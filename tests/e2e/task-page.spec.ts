import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, openTaskByTitle, signIn } from "./support";

// Lan's demo task whose open step (step 2, in progress) is four working days overdue and whose
// step 3, also hers, has not been reached yet. No other journey writes to it.
const OVERDUE_TASK = "Cập nhật dữ liệu tiếp công dân, giải quyết KNTC, KNPA của BHXH quận Đống Đa";

test("an overdue step explains why it offers no extension; a step not started offers no escalation", async ({
  page,
}) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(page, OVERDUE_TASK);
  await expectNoSeriousA11yViolations(page);
  const overdue = page.getByTestId("step-2");
  await expect(overdue.getByTestId("step-status")).toHaveText("Đang xử lý");
  await expect(overdue.getByRole("button", { name: "Xin gia hạn" })).toHaveCount(0);
  await expect(overdue.getByTestId("hint-request-extension")).toContainText("quá hạn nên không còn xin gia hạn");
  await expect(overdue.getByTestId("hint-request-extension")).toContainText("báo cáo vượt cấp");
  await expect(overdue.getByRole("button", { name: "Báo cáo vượt cấp" })).toBeVisible();

  const notReached = page.getByTestId("step-3");
  await expect(notReached.getByTestId("step-status")).toHaveText("Chưa đến lượt");
  await expect(notReached.getByRole("button", { name: "Báo cáo vượt cấp" })).toHaveCount(0);
});

test("a progress note is confirmed to screen readers, keeps the focus, and shows in the history", async ({ page }) => {
  await signIn(page, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(page, OVERDUE_TASK);
  const step = page.getByTestId("step-2");
  const confirmation = page.getByTestId("step-status-message-2");
  // The polite region is in the page before anything is said in it, or it would not be read.
  await expect(confirmation).toHaveAttribute("aria-live", "polite");
  await expect(confirmation).toHaveText("");

  const note = `Đã nhập 37/52 vụ việc vào CSDL quốc gia, còn lại trong tuần (${Date.now()}).`;
  await step.getByRole("button", { name: "Cập nhật tiến độ" }).click();
  await step.getByLabel("Nội dung tiến độ").fill(note);
  await step.getByRole("button", { name: "Ghi tiến độ" }).press("Enter");

  await expect(confirmation).toHaveText("Đã ghi tiến độ vào lịch sử xử lý.");
  await expect(confirmation).toHaveAttribute("role", "status");
  await expect(confirmation).toBeFocused();
  await expect(page.getByTestId("task-history")).toContainText(`Nội dung: ${note}`);
  // The focus stays put after the refresh that brings the new history.
  await expect(confirmation).toBeFocused();
});
