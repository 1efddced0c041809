// Usage: npx next build && npm run size   (PAGE_WEIGHT_URL=http://host:port to weigh a server
// already running with the demo data; PAGE_WEIGHT_PORT, default 3290, for the one it starts)
// Prints the gzip JavaScript each page makes a browser download, as a demo user who uses it,
// and exits 1 when a page is over the budget (PAGE_JS_BUDGET_BYTES).
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts.ts";
import { printPageWeights, type TPageWeightRow } from "./page-weight/print-page-weights.ts";
import { PAGE_JS_BUDGET_BYTES, weighedPages } from "./page-weight/pages.ts";
import { serveBuild, type TServer } from "./page-weight/serve-build.ts";
import { signInCookie } from "./page-weight/sign-in-cookie.ts";
import { findLinkOn, weighPage } from "./page-weight/weigh-page.ts";

const given = process.env.PAGE_WEIGHT_URL;
const server: TServer = given
  ? { baseUrl: given.replace(/\/$/, ""), stop: () => {} }
  : await serveBuild(Number(process.env.PAGE_WEIGHT_PORT ?? 3290));

try {
  const cookies = new Map<string, string>();
  const cache = new Map<string, number>();
  const rows: TPageWeightRow[] = [];
  for (const page of weighedPages) {
    let cookie = "";
    if (page.user) {
      if (!cookies.has(page.user)) cookies.set(page.user, await signInCookie(server.baseUrl, page.user, DEMO_PASSWORD));
      cookie = cookies.get(page.user)!;
    }
    const url =
      typeof page.path === "string"
        ? `${server.baseUrl}${page.path}`
        : await findLinkOn(`${server.baseUrl}${page.path.from}`, cookie, page.path.link);
    const weight = await weighPage(url, cookie, cache);
    rows.push({ route: page.route, user: page.user, scripts: weight.scripts, gzipBytes: weight.gzipBytes });
  }
  console.log(printPageWeights(rows));
  const over = rows.filter((r) => r.gzipBytes > PAGE_JS_BUDGET_BYTES);
  if (over.length > 0) {
    console.error(`\n${over.length} trang vượt ngân sách: ${over.map((r) => r.route).join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  server.stop();
}
