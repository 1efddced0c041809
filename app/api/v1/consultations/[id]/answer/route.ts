import { apiHandler } from "@/lib/server/api/api-handler";
import { answerConsultationRoute } from "@/lib/server/api/routes/consultations/answer-consultation";

export const dynamic = "force-dynamic";

export const POST = apiHandler(answerConsultationRoute);
