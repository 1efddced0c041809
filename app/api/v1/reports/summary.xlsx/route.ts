import { apiHandler } from "@/lib/server/api/api-handler";
import { getSummaryWorkbookRoute } from "@/lib/server/api/routes/reports/get-summary-workbook";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getSummaryWorkbookRoute);
