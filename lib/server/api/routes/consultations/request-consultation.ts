import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiConsultation } from "@/lib/schemas/api/tasks";
import { ZRequestConsultation } from "@/lib/schemas/step-actions";
import { requestConsultation } from "@/lib/server/consultations/request-consultation";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";
import { serializeConsultation } from "../../serialize/serialize-step-state";

export const requestConsultationRoute = defineApiRoute({
  method: "POST",
  path: "/steps/{id}/consultations",
  operationId: "requestConsultation",
  tag: "openapi.tags.consultations",
  summary: "openapi.routes.requestConsultation.summary",
  description: "openapi.routes.requestConsultation.description",
  params: ZIdPath,
  body: {
    schema: ZRequestConsultation,
    fromPath: { stepId: "id" },
    example: {
      expectedVersion: 1,
      targetUnitId: SAMPLE_ID,
      question: dataText("Đề nghị cho ý kiến về dự thảo quy trình."),
      responseDeadline: "2026-04-10",
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "openapi.routes.requestConsultation.response", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await requestConsultation(actor, body, now)),
});
