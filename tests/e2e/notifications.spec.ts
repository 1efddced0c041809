import { expect, test, type Locator } from "@playwright/test";
import { expectNoSeriousA11yViolations, openTaskByTitle, signIn } from "./support";

// Its own demo task, so that it runs beside the other journeys. Other journeys may tell the
// same head of other things meanwhile, so counts are compared as "at least".
const TASK = "Rà soát quy trình xử lý công việc tại BHXH quận Đống Đa";

/** The unread count the bell announces (its accessible name), 0 when none. */
async function unreadOf(bell: Locator): Promise<number> {
  const label = (await bell.getAttribute("aria-label")) ?? "";
  expect(label).toMatch(/^Thông báo, /);
  return Number(/(\d+) thông báo chưa đọc/.exec(label)?.[1] ?? 0);
}

test("a step returned to the head shows on the head's bell, and the notification opens the step", async ({
  browser,
}) => {
  const head = await (await browser.newContext()).newPage();
  await signIn(head, "truong.dongda@demo.bhxh.vn");
  const bell = head.getByTestId("notification-bell");
  const before = await unreadOf(bell);

  const lan = await (await browser.newContext()).newPage();
  await signIn(lan, "nv.dongda@demo.bhxh.vn");
  await openTaskByTitle(lan, TASK);
  const step = lan.getByTestId("step-2");
  await step.getByRole("button", { name: /Trả lại/ }).click();
  await step
    .getByLabel(/không thuộc thẩm quyền/)
    .fill("Quy trình chung do BHXH TP. Hà Nội ban hành, không thuộc thẩm quyền rà soát của tôi.");
  await step.getByRole("button", { name: "Trả lại cho lãnh đạo" }).click();
  await expect(step.getByTestId("step-status")).toHaveText(/Trả lại/);
  // The one who returned it is not told of their own action; what the demo told them of
  // (signals about them) they mark read all at once.
  await lan.getByTestId("notification-bell").click();
  await expect(lan).toHaveURL(/\/notifications$/);
  await expect(lan.getByTestId("notification").filter({ hasText: "đã trả lại" }).filter({ hasText: TASK })).toHaveCount(
    0,
  );
  expect(await unreadOf(lan.getByTestId("notification-bell"))).toBeGreaterThan(0);
  await lan.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
  await expect(lan.getByRole("button", { name: "Đánh dấu tất cả đã đọc" })).toHaveCount(0);
  await expect(lan.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  await expect(lan.getByTestId("notification-bell")).toHaveAttribute(
    "aria-label",
    "Thông báo, không có thông báo chưa đọc",
  );

  await head.reload();
  expect(await unreadOf(bell)).toBeGreaterThanOrEqual(before + 1);
  // Reached from the keyboard like any link.
  await bell.focus();
  await head.keyboard.press("Enter");
  await expect(head).toHaveURL(/\/notifications$/);
  await expectNoSeriousA11yViolations(head);
  const item = head.getByTestId("notification").filter({ hasText: TASK }).filter({ hasText: "đã trả lại" }).first();
  await expect(item).toHaveAttribute("data-read", "false");
  await expect(item).toContainText("Nguyễn Thị Lan đã trả lại khâu");
  await expect(item).toContainText("chờ bạn quyết định");

  await item.getByRole("link", { name: /^Mở/ }).click();
  await expect(head).toHaveURL(/\/tasks\/[0-9a-f-]+#step-[0-9a-f-]+$/);
  const stepId = new URL(head.url()).hash.slice("#step-".length);
  await expect(head.locator(`[id="step-${stepId}"]`)).toBeVisible();
  await expect(head.getByTestId("step-2").getByTestId("step-status")).toHaveText(/Trả lại/);
  await expectNoSeriousA11yViolations(head);

  // Opened, so read.
  await head.goto("/notifications");
  const opened = head.getByTestId("notification").filter({ hasText: TASK }).filter({ hasText: "đã trả lại" }).first();
  await expect(opened).toHaveAttribute("data-read", "true");
});
