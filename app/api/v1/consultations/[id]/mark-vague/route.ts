import { apiHandler } from "@/lib/server/api/api-handler";
import { markConsultationVagueRoute } from "@/lib/server/api/routes/consultations/mark-consultation-vague";

export const dynamic = "force-dynamic";

export const POST = apiHandler(markConsultationVagueRoute);
