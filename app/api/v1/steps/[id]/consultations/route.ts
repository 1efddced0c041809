import { apiHandler } from "@/lib/server/api/api-handler";
import { requestConsultationRoute } from "@/lib/server/api/routes/consultations/request-consultation";

export const dynamic = "force-dynamic";

export const POST = apiHandler(requestConsultationRoute);
