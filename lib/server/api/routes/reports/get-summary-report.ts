import "server-only";
import { ZApiSummaryReport } from "@/lib/schemas/api/reports";
import { ZReportQuery } from "@/lib/schemas/dashboard";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { defineApiRoute } from "../../define-api-route";
import { serializeSummaryReport } from "../../serialize/serialize-summary-report";

export const getSummaryReportRoute = defineApiRoute({
  method: "GET",
  path: "/reports/summary",
  operationId: "getSummaryReport",
  tag: "openapi.tags.reports",
  summary: "openapi.routes.getSummaryReport.summary",
  description: "openapi.routes.getSummaryReport.description",
  query: ZReportQuery,
  exampleQuery: { from: "2026-01-01", to: "2026-03-31" },
  errors: [400, 403, 404],
  response: { status: 200, description: "openapi.routes.getSummaryReport.response", schema: ZApiSummaryReport },
  run: async ({ actor, query, now }) => serializeSummaryReport(await getSummaryReport(actor, query, now, actor.locale)),
});
