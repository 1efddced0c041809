/** The filters every dashboard link carries along, as they appear in the URL. */
export type TDashboardParams = {
  unit?: string;
  directive?: string;
  from?: string;
  to?: string;
  level?: "step" | "task";
};

/** A URL with the given search parameters, leaving out the empty ones. */
export function dashboardHref(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The periodic report as Excel: the REST API's one export (GET /api/v1/reports/summary.xlsx),
 * which a signed-in browser reaches with its session. It takes the report's filters only, so
 * a page's other parameters (level, sort) are left out rather than refused.
 */
export function summaryWorkbookHref(params: Pick<TDashboardParams, "unit" | "directive" | "from" | "to">): string {
  const { unit, directive, from, to } = params;
  return dashboardHref("/api/v1/reports/summary.xlsx", { unit, directive, from, to });
}
