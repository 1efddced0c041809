import { apiHandler } from "@/lib/server/api/api-handler";
import { returnStepRoute } from "@/lib/server/api/routes/steps/return-step";

export const dynamic = "force-dynamic";

export const POST = apiHandler(returnStepRoute);
