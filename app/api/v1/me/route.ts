import { apiHandler } from "@/lib/server/api/api-handler";
import { getMeRoute } from "@/lib/server/api/routes/get-me";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getMeRoute);
