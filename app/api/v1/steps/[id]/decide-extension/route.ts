import { apiHandler } from "@/lib/server/api/api-handler";
import { decideExtensionRoute } from "@/lib/server/api/routes/steps/decide-extension";

export const dynamic = "force-dynamic";

export const POST = apiHandler(decideExtensionRoute);
