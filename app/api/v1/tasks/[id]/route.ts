import { apiHandler } from "@/lib/server/api/api-handler";
import { getTaskRoute } from "@/lib/server/api/routes/get-task";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getTaskRoute);
