import { apiHandler } from "@/lib/server/api/api-handler";
import { listSignalsRoute } from "@/lib/server/api/routes/signals/list-signals";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listSignalsRoute);
