import { apiHandler } from "@/lib/server/api/api-handler";
import { answerSignalRoute } from "@/lib/server/api/routes/signals/answer-signal";

export const dynamic = "force-dynamic";

export const POST = apiHandler(answerSignalRoute);
