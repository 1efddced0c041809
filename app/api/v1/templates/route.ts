import { apiHandler } from "@/lib/server/api/api-handler";
import { listTemplatesRoute } from "@/lib/server/api/routes/list-templates";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listTemplatesRoute);
