import { apiHandler } from "@/lib/server/api/api-handler";
import { getSummaryReportRoute } from "@/lib/server/api/routes/reports/get-summary-report";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getSummaryReportRoute);
