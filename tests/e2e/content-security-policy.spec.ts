import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** Every Content-Security-Policy violation the page reports, by event and in the console. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text()))
      violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  return violations;
}

test("signing in and the dashboard's charts work under the Content-Security-Policy, with no violation", async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI} at ${location.pathname} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`,
      ),
    );
  });
  const violations = watchViolations(page);

  const login = await page.goto("/login");
  expect(login?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  await signIn(page, "truong.dongda@demo.bhxh.vn");

  await page.goto("/dashboard");
  const chart = page.getByTestId("trend-chart").first();
  await expect(chart.locator("svg").first()).toBeVisible();
  // A client-side navigation runs the router's scripts, which the nonce alone lets in.
  await page
    .getByRole("link", { name: /Cảnh báo/ })
    .first()
    .click();
  await page.waitForURL(/\/signals/);
  expect(violations).toEqual([]);
});
