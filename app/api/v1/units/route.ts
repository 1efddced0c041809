import { apiHandler } from "@/lib/server/api/api-handler";
import { listUnitsRoute } from "@/lib/server/api/routes/list-units";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listUnitsRoute);
