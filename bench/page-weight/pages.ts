// The pages whose JavaScript is weighed, each as the demo user who uses it (a page loads only
// the client components it renders, and what renders depends on the role). Shared by
// `npm run size` and tests/e2e/page-weight.spec.ts, so the script and the guard weigh the same.

/**
 * Most JavaScript one page may make a browser download, gzip, in bytes (151 kB: raised from 150
 * on 2026-12-07, when /directives/new reached 150.2 kB without any change of its own; see the
 * README's "Page weight").
 */
export const PAGE_JS_BUDGET_BYTES = 151_000;

export type TWeighedPage = {
  /** The route as the README names it. */
  route: string;
  /** A signed-in demo user, or null for the sign-in page. */
  user: string | null;
  /** The address to open; `from` finds an id by the first link matching `link` on that page. */
  path: string | { from: string; link: RegExp };
};

const STAFF = "nv.dongda@demo.bhxh.vn";
const HEAD = "truong.dongda@demo.bhxh.vn";
const DIRECTOR = "giamdoc.hanoi@demo.bhxh.vn";
const TCCB = "tccb@demo.bhxh.vn";
const ADMIN = "admin@demo.bhxh.vn";

export const weighedPages: TWeighedPage[] = [
  { route: "/login", user: null, path: "/login" },
  { route: "/my-work", user: STAFF, path: "/my-work" },
  { route: "/tasks/[id] (cán bộ)", user: STAFF, path: { from: "/my-work", link: /\/tasks\/[\w-]+/ } },
  { route: "/tasks/[id] (lãnh đạo)", user: HEAD, path: { from: "/unit", link: /\/tasks\/[\w-]+/ } },
  { route: "/tasks/new", user: HEAD, path: "/tasks/new" },
  { route: "/search", user: STAFF, path: "/search?q=bao+hiem" },
  { route: "/profile", user: STAFF, path: "/profile" },
  { route: "/api-docs", user: STAFF, path: "/api-docs" },
  { route: "/unit", user: HEAD, path: "/unit" },
  { route: "/signals", user: DIRECTOR, path: "/signals" },
  { route: "/dashboard", user: DIRECTOR, path: "/dashboard" },
  { route: "/dashboard/list", user: DIRECTOR, path: "/dashboard/list" },
  { route: "/reports/summary", user: DIRECTOR, path: "/reports/summary" },
  { route: "/compliance", user: TCCB, path: "/compliance" },
  { route: "/compliance/person/[id]", user: TCCB, path: { from: "/compliance", link: /\/compliance\/person\/[\w-]+/ } },
  { route: "/units", user: TCCB, path: "/units" },
  { route: "/inspections", user: TCCB, path: "/inspections" },
  {
    route: "/inspections/plans/[id]",
    user: TCCB,
    path: { from: "/inspections", link: /\/inspections\/plans\/[\w-]+/ },
  },
  { route: "/inspections/checklists", user: TCCB, path: "/inspections/checklists?edit=new" },
  { route: "/directives", user: ADMIN, path: "/directives" },
  { route: "/directives/[id]", user: ADMIN, path: { from: "/directives", link: /\/directives\/(?!new)[\w-]+/ } },
  { route: "/directives/new", user: ADMIN, path: "/directives/new" },
  { route: "/templates", user: ADMIN, path: "/templates" },
  { route: "/templates/[id]", user: ADMIN, path: { from: "/templates", link: /\/templates\/(?!new)[\w-]+/ } },
  { route: "/templates/new", user: ADMIN, path: "/templates/new" },
  { route: "/admin/calendar", user: ADMIN, path: "/admin/calendar" },
];
