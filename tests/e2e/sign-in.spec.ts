import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./support";

test.describe("sign-in and each role's first screen", () => {
  test("staff of Đống Đa see the steps they own, grouped by urgency", async ({ page }) => {
    await signIn(page, "nv.dongda@demo.bhxh.vn");
    await expect(page).toHaveURL(/\/my-work$/);
    await expect(page.getByRole("heading", { name: "Việc của tôi" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText("Nguyễn Thị Lan");
    await expect(page.getByTestId("group-overdue").getByTestId("step-row")).not.toHaveCount(0);
    await expect(page.getByTestId("group-due-today").getByTestId("step-row")).not.toHaveCount(0);
    await expect(page.getByTestId("group-due-soon").getByTestId("step-row")).not.toHaveCount(0);
    await expect(page.getByTestId("group-consultations")).toContainText("Chờ tôi trả lời xin ý kiến");
    await expect(page.getByText(/\d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  for (const [email, unit] of [
    ["truong.dongda@demo.bhxh.vn", "BHXH quận Đống Đa"],
    ["giamdoc.hanoi@demo.bhxh.vn", "BHXH TP. Hà Nội"],
  ] as const) {
    test(`the head ${email} sees the unit's open work`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(/\/unit$/);
      await expect(page.getByRole("heading", { name: "Việc của đơn vị" })).toBeVisible();
      await expect(page.getByText(unit).first()).toBeVisible();
      await expect(page.getByTestId("unit-tasks").locator("tbody tr")).not.toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
    });
  }

  for (const email of ["tccb@demo.bhxh.vn", "thanhtra@demo.bhxh.vn", "admin@demo.bhxh.vn"]) {
    test(`${email} lands on the sector compliance view and sees every unit of the sector`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(/\/compliance$/);
      await page
        .getByRole("navigation", { name: "Điều hướng chính" })
        .getByRole("link", { name: "Các đơn vị" })
        .click();
      await expect(page).toHaveURL(/\/units$/);
      const table = page.getByTestId("units-table");
      for (const name of [
        "BHXH Việt Nam",
        "Vụ Tổ chức cán bộ",
        "BHXH quận Đống Đa",
        "BHXH quận Hai Bà Trưng",
        "BHXH TP. Đà Nẵng",
      ]) {
        await expect(table.getByText(name, { exact: false }).first()).toBeVisible();
      }
      await expectNoSeriousA11yViolations(page);
      // Every unit of the list leads on to its own compliance view.
      await table.getByRole("link", { name: "BHXH quận Đống Đa" }).click();
      await expect(page).toHaveURL(/\/compliance\?unit=/);
      await expect(page.getByRole("heading", { name: "Theo dõi thực hiện nhiệm vụ toàn Ngành" })).toBeVisible();
    });
  }

  test("a wrong password gets a clear Vietnamese message and no session", async ({ page }) => {
    await page.goto("/login");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Thư điện tử").fill("nv.dongda@demo.bhxh.vn");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("login-error")).toHaveText(/Sai địa chỉ thư điện tử hoặc mật khẩu/);
    await page.goto("/my-work");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an empty form is refused before it is sent", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Nhập địa chỉ thư điện tử.")).toBeVisible();
    await expect(page.getByText("Nhập mật khẩu.")).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "nv.dongda@demo.bhxh.vn");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/my-work");
    await expect(page).toHaveURL(/\/login/);
  });
});
