import "server-only";
import { ZReportQuery } from "@/lib/schemas/dashboard";
import { buildSummaryWorkbook } from "@/lib/server/reports/build-summary-workbook";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { summaryFileName } from "@/lib/server/reports/summary-file-name";
import { defineFileRoute } from "../../define-api-route";

export const getSummaryWorkbookRoute = defineFileRoute({
  method: "GET",
  path: "/reports/summary.xlsx",
  operationId: "getSummaryReportWorkbook",
  tag: "openapi.tags.reports",
  summary: "openapi.routes.getSummaryReportWorkbook.summary",
  description: "openapi.routes.getSummaryReportWorkbook.description",
  query: ZReportQuery,
  exampleQuery: { from: "2026-01-01", to: "2026-03-31" },
  errors: [400, 403, 404],
  response: {
    status: 200,
    description: "openapi.routes.getSummaryReportWorkbook.response",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  run: async ({ actor, query, now }) => {
    const report = await getSummaryReport(actor, query, now, actor.locale);
    const bytes = await buildSummaryWorkbook(report, actor.locale).xlsx.writeBuffer();
    return { bytes: bytes as ArrayBuffer, fileName: summaryFileName(report.unit.code, now, actor.locale) };
  },
});
