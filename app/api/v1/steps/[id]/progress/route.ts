import { apiHandler } from "@/lib/server/api/api-handler";
import { recordProgressRoute } from "@/lib/server/api/routes/steps/record-progress";

export const dynamic = "force-dynamic";

export const POST = apiHandler(recordProgressRoute);
