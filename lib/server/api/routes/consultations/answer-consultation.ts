import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiConsultation } from "@/lib/schemas/api/tasks";
import { ZAnswerConsultation } from "@/lib/schemas/step-actions";
import { answerConsultation } from "@/lib/server/consultations/answer-consultation";
import { defineApiRoute } from "../../define-api-route";
import { serializeConsultation } from "../../serialize/serialize-step-state";

export const answerConsultationRoute = defineApiRoute({
  method: "POST",
  path: "/consultations/{id}/answer",
  operationId: "answerConsultation",
  tag: "openapi.tags.consultations",
  summary: "openapi.routes.answerConsultation.summary",
  description: "openapi.routes.answerConsultation.description",
  params: ZIdPath,
  body: {
    schema: ZAnswerConsultation,
    fromPath: { consultationId: "id" },
    example: { position: "AGREE_WITH_COMMENTS", answer: dataText("Thống nhất, đề nghị bổ sung mục 3.") },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.answerConsultation.response", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await answerConsultation(actor, body, now)),
});
