import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

// Its own staff member, whom no other journey signs in as, so the choices saved here are seen
// by no other test.
const STAFF = "quynhdt@demo.bhxh.vn";

test("a staff member turns a kind of notification e-mail off on the profile, and it stays saved", async ({ page }) => {
  await signIn(page, STAFF);
  await page.goto("/profile");
  const section = page.getByTestId("section-mail-preferences");
  await expect(section.getByRole("heading", { name: "Thông báo qua e-mail" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const answered = section.getByRole("group", { name: "Ý kiến bạn xin đã được trả lời" });
  await expect(answered.getByRole("radio", { name: /Chỉ trong bản tin hằng ngày/ })).toBeChecked();
  // A signal about you cannot be turned off: its "Tắt" is disabled and says why.
  const signal = section.getByRole("group", { name: "Cảnh báo về bạn" });
  await expect(signal.getByRole("radio", { name: "Tắt" })).toBeDisabled();
  await expect(signal).toContainText("Không thể tắt");

  // From the keyboard: the arrow key moves within the group, from the digest to "Tắt".
  await answered.getByRole("radio", { name: /Chỉ trong bản tin hằng ngày/ }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(answered.getByRole("radio", { name: "Tắt" })).toBeChecked();
  await section.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(section.getByTestId("mail-preferences-saved")).toHaveText("Đã lưu lựa chọn nhận e-mail.");

  await page.reload();
  const again = page
    .getByTestId("section-mail-preferences")
    .getByRole("group", { name: "Ý kiến bạn xin đã được trả lời" });
  await expect(again.getByRole("radio", { name: "Tắt" })).toBeChecked();
});
