import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiConsultation } from "@/lib/schemas/api/tasks";
import { ZMarkConsultationVague } from "@/lib/schemas/step-actions";
import { markConsultationVague } from "@/lib/server/consultations/mark-consultation-vague";
import { defineApiRoute } from "../../define-api-route";
import { serializeConsultation } from "../../serialize/serialize-step-state";

export const markConsultationVagueRoute = defineApiRoute({
  method: "POST",
  path: "/consultations/{id}/mark-vague",
  operationId: "markConsultationVague",
  tag: "openapi.tags.consultations",
  summary: "openapi.routes.markConsultationVague.summary",
  description: "openapi.routes.markConsultationVague.description",
  params: ZIdPath,
  body: {
    schema: ZMarkConsultationVague,
    fromPath: { consultationId: "id" },
    example: { reason: dataText("Câu trả lời không nêu rõ đồng ý hay không.") },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.markConsultationVague.response", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await markConsultationVague(actor, body, now)),
});
