import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/get-current-actor";
import { buildSummaryWorkbook } from "@/lib/server/reports/build-summary-workbook";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { parseReportQuery } from "@/lib/server/reports/parse-report-query";
import { reportErrorResponse } from "@/lib/server/reports/report-error-response";
import { summaryFileName } from "@/lib/server/reports/summary-file-name";

export const dynamic = "force-dynamic";

/**
 * GET /api/reports/summary.xlsx?unit=&from=&to=&directive= — the periodic report as Excel.
 * Who is asking comes from the session, never the query; the unit is checked against them
 * (401 anonymous, 403 for a role without reports, 400 malformed query, 404 for a unit unknown or
 * outside their remit). Sheets, headings, file name and errors are in the requester's language.
 */
export async function GET(request: Request): Promise<Response> {
  let locale: TLocale = DEFAULT_LOCALE;
  try {
    const actor = await requireActor();
    locale = actor.locale;
    const query = parseReportQuery(new URL(request.url).searchParams, locale);
    const now = new Date();
    const report = await getSummaryReport(actor, query, now, locale);
    const buffer = await buildSummaryWorkbook(report, locale).xlsx.writeBuffer();
    return new Response(buffer as ArrayBuffer, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${summaryFileName(report.unit.code, now, locale)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return reportErrorResponse(e, locale);
  }
}
