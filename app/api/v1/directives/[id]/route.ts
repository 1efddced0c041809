import { apiHandler } from "@/lib/server/api/api-handler";
import { getDirectiveRoute } from "@/lib/server/api/routes/get-directive";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getDirectiveRoute);
