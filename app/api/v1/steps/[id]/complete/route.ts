import { apiHandler } from "@/lib/server/api/api-handler";
import { completeStepRoute } from "@/lib/server/api/routes/steps/complete-step";

export const dynamic = "force-dynamic";

export const POST = apiHandler(completeStepRoute);
