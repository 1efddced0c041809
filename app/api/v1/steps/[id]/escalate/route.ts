import { apiHandler } from "@/lib/server/api/api-handler";
import { escalateStepRoute } from "@/lib/server/api/routes/steps/escalate-step";

export const dynamic = "force-dynamic";

export const POST = apiHandler(escalateStepRoute);
