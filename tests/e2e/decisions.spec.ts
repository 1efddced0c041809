import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// The seed's Đoàn Thị Ngọc Hân (BHXH quận 3) did every step of her report on time this year:
// a commendation candidate on TCCB's compliance page (prisma/seed/tasks-2165-3476.ts, 2165-2b-Q3).
const PERSON = "Đoàn Thị Ngọc Hân";

test("TCCB records a commendation decision from a commendation candidate, and the person sees it on their profile", async ({
  browser,
}) => {
  const documentNumber = `${Math.random().toString(36).slice(2, 7)}/QĐ-BHXH`;
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date());

  const tccbContext = await browser.newContext();
  const tccb = await tccbContext.newPage();
  await signIn(tccb, "tccb@demo.bhxh.vn");
  await tccb.goto("/compliance");
  await tccb
    .getByTestId("commendation-candidates")
    .getByRole("link", { name: `Ghi quyết định biểu dương, khen thưởng về ${PERSON}` })
    .click();

  // The form comes pre-filled from the candidate: the person, the kind and the judged period.
  await expect(tccb.getByTestId("decision-person")).toContainText(PERSON);
  await expect(tccb.getByLabel("Loại quyết định")).toHaveValue("COMMENDATION");
  await expect(tccb.getByLabel("Kỳ", { exact: true })).toHaveValue(year);
  await expectNoSeriousA11yViolations(tccb);

  // Sent empty: the server's Vietnamese messages, field by field, and nothing recorded.
  const submit = tccb.getByRole("button", { name: "Ghi quyết định" });
  await submit.click();
  await expect(tccb.getByText("Ghi hình thức")).toBeVisible();
  await expect(tccb.getByText("Ghi số, ký hiệu văn bản")).toBeVisible();
  await expect(tccb.getByText("Ghi lý do của quyết định.")).toBeVisible();

  await tccb.getByLabel("Hình thức").fill("Giấy khen của Giám đốc");
  await tccb.getByLabel("Số, ký hiệu văn bản").fill(documentNumber);
  await tccb.getByLabel("Lý do").fill("Hoàn thành đúng hạn toàn bộ các khâu được giao,\nkhông có cảnh báo nào.");
  await submit.click();

  await expect(tccb).toHaveURL(/\/decisions\?person=/);
  await expect(tccb.getByTestId("decision-recorded")).toBeVisible();
  const recorded = tccb.getByTestId("decision").filter({ hasText: documentNumber });
  await expect(recorded).toContainText("Biểu dương");
  await expect(recorded).toContainText(PERSON);
  await expect(recorded).toContainText(`Kỳ ${year}`);

  // The person signs in and finds it in their history, on their profile.
  const hanContext = await browser.newContext();
  const han = await hanContext.newPage();
  await signIn(han, "handtn@demo.bhxh.vn");
  await han.goto("/profile");
  const mine = han.getByTestId("section-decisions").getByTestId("decision").filter({ hasText: documentNumber });
  await expect(mine).toContainText("Biểu dương");
  await expect(mine).toContainText("Giấy khen của Giám đốc");
  await expect(mine).toContainText("Nguyễn Thị Thu Hương");
  await expectNoSeriousA11yViolations(han);
  await Promise.all([tccbContext.close(), hanContext.close()]);
});
