import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_JS_BUDGET_BYTES, weighedPages, type TWeighedPage } from "../../bench/page-weight/pages";
import { signIn } from "./support";

// The JavaScript a browser really downloads for each page, from its own network events: every
// script response while the page loads and settles, gzip-sized as `next start` serves it. A
// page over the budget fails the run, so a heavy library cannot creep back in unnoticed
// (npm run size prints the same figures as a table).

async function urlOf(page: Page, target: TWeighedPage): Promise<string> {
  if (typeof target.path === "string") return target.path;
  await page.goto(target.path.from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => h.startsWith("/") && (target.path as { link: RegExp }).link.test(h));
  expect(href, `a link matching ${target.path.link} on ${target.path.from}`).toBeTruthy();
  return href!;
}

async function scriptBytesWhileLoading(page: Page, url: string): Promise<{ bytes: number; scripts: string[] }> {
  const scripts = new Set<string>();
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script" && response.ok()) scripts.add(response.url());
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  // The bodies are read again once the page has settled: a body the browser has already let go
  // of (a page that replaced itself) cannot be read from the response event any more.
  const sizes = await Promise.all(
    [...scripts].map(async (src) => gzipSync(await (await page.request.get(src)).body()).length),
  );
  return { bytes: sizes.reduce((a, b) => a + b, 0), scripts: [...scripts] };
}

const users = [...new Set(weighedPages.map((p) => p.user))];

for (const user of users) {
  test(`${user ? `each page ${user} uses` : "the sign-in page"} loads at most ${PAGE_JS_BUDGET_BYTES / 1000} kB of JavaScript (gzip)`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (user) await signIn(page, user);
    for (const target of weighedPages.filter((p) => p.user === user)) {
      const url = await urlOf(page, target);
      // A fresh cache per page: what a first visit to it costs, not what the previous page left behind.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.clearBrowserCache");
      await cdp.detach();
      const { bytes, scripts } = await scriptBytesWhileLoading(page, url);
      console.log(`${target.route}: ${(bytes / 1000).toFixed(1)} kB gzip in ${scripts.length} scripts`);
      expect(scripts.length, `${target.route} loads its scripts`).toBeGreaterThan(0);
      expect(bytes, `${target.route} (${url}): ${scripts.length} scripts`).toBeLessThanOrEqual(PAGE_JS_BUDGET_BYTES);
    }
    await context.close();
  });
}
