import { apiHandler } from "@/lib/server/api/api-handler";
import { requestExtensionRoute } from "@/lib/server/api/routes/steps/request-extension";

export const dynamic = "force-dynamic";

export const POST = apiHandler(requestExtensionRoute);
