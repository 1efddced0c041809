import { apiHandler } from "@/lib/server/api/api-handler";
import { ruleOnReturnRoute } from "@/lib/server/api/routes/steps/rule-on-return";

export const dynamic = "force-dynamic";

export const POST = apiHandler(ruleOnReturnRoute);
