import { apiHandler } from "@/lib/server/api/api-handler";
import { createDirectiveRoute } from "@/lib/server/api/routes/create-directive";
import { listDirectivesRoute } from "@/lib/server/api/routes/list-directives";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listDirectivesRoute);
export const POST = apiHandler(createDirectiveRoute);
