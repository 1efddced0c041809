import { apiHandler } from "@/lib/server/api/api-handler";
import { listTaskEventsRoute } from "@/lib/server/api/routes/list-task-events";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listTaskEventsRoute);
