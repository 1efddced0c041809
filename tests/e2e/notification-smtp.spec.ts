import { expect, test } from "@playwright/test";
import { e2eMailAppPort, readReceivedMail } from "../support/e2e-mail-server";
import { expectNoSeriousA11yViolations, openTaskByTitle, signIn } from "./support";

// On the second app instance, whose mail goes to the SMTP test server (playwright.config.ts):
// its own demo data, so this journey shares no task with the others.
const BASE = `http://127.0.0.1:${e2eMailAppPort(Number(process.env.E2E_PORT ?? 3100))}`;
const TASK = "Giải quyết dứt điểm hồ sơ tồn đọng";
const STAFF = "nv.dongda@demo.bhxh.vn";

test.use({ baseURL: BASE });

test("a head overrules a return: the staff member's bell shows it, its link opens the step, and the e-mail reaches the SMTP server", async ({
  browser,
}) => {
  // The mail jobs run on the minute: the e-mail may take a minute and a little more to arrive.
  test.setTimeout(240_000);
  const lan = await (await browser.newContext({ baseURL: BASE })).newPage();
  await signIn(lan, STAFF);
  await openTaskByTitle(lan, TASK);
  const taskUrl = lan.url();
  const step = lan.getByTestId("step-3");
  await step.getByRole("button", { name: /Trả lại/ }).click();
  await step
    .getByLabel(/không thuộc thẩm quyền/)
    .fill("Nội dung trình thuộc bộ phận Tổ chức - Hành chính, không thuộc thẩm quyền của tôi.");
  await step.getByRole("button", { name: "Trả lại cho lãnh đạo" }).click();
  await expect(step.getByTestId("step-status")).toHaveText(/Trả lại/);

  const head = await (await browser.newContext({ baseURL: BASE })).newPage();
  await signIn(head, "truong.dongda@demo.bhxh.vn");
  await head.goto(taskUrl);
  const overrule = head.getByTestId("step-3").getByTestId("overrule-form");
  await overrule.getByLabel(/Lý do bác/).fill("Việc trình thuộc nhiệm vụ được phân công cho chị Lan theo quy chế.");
  await overrule.getByRole("button", { name: /Bác việc trả lại/ }).click();
  await expect(head.getByTestId("step-3").getByTestId("step-owner")).toHaveText("Nguyễn Thị Lan");

  // The bell: the overruled return, worded for her, opening the step itself.
  await lan.goto("/notifications");
  const item = lan
    .getByTestId("notification")
    .filter({ hasText: TASK })
    .filter({ hasText: "không chấp nhận việc bạn trả lại" })
    .first();
  await expect(item).toHaveAttribute("data-read", "false");
  await expectNoSeriousA11yViolations(lan);
  await item.getByRole("link", { name: /^Mở/ }).click();
  await expect(lan).toHaveURL(/\/tasks\/[0-9a-f-]+#step-[0-9a-f-]+$/);
  const stepLink = new URL(lan.url());
  await expect(lan.locator(`[id="${stepLink.hash.slice(1)}"]`)).toBeVisible();

  // The inbox: one message to her about it, with the same link and a one-click unsubscribe.
  // (The demo's own notifications about this step were e-mailed when the instance started.)
  const href = `${BASE}${stepLink.pathname}${stepLink.hash}`;
  const SUBJECT = "Việc bạn trả lại không được chấp nhận";
  const mine = () =>
    readReceivedMail().filter((m) => m.to.includes(STAFF) && m.subject.includes(SUBJECT) && m.text.includes(href));
  await expect
    .poll(() => mine().length, {
      timeout: 180_000,
      intervals: [2_000],
    })
    .toBe(1);
  const [mail] = mine();
  expect(mail.text).toContain(TASK);
  expect(mail.html).toContain(`href="${href}"`);
  expect(mail.headers["list-unsubscribe-post"]).toContain("List-Unsubscribe=One-Click");
  expect(mail.text).not.toMatch(/password|mật khẩu/i);
});
