import { apiHandler } from "@/lib/server/api/api-handler";
import { startStepRoute } from "@/lib/server/api/routes/steps/start-step";

export const dynamic = "force-dynamic";

export const POST = apiHandler(startStepRoute);
