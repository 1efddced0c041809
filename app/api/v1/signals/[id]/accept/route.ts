import { apiHandler } from "@/lib/server/api/api-handler";
import { acceptSignalAnswerRoute } from "@/lib/server/api/routes/signals/accept-signal-answer";

export const dynamic = "force-dynamic";

export const POST = apiHandler(acceptSignalAnswerRoute);
