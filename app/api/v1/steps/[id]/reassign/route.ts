import { apiHandler } from "@/lib/server/api/api-handler";
import { reassignStepRoute } from "@/lib/server/api/routes/steps/reassign-step";

export const dynamic = "force-dynamic";

export const POST = apiHandler(reassignStepRoute);
