import "server-only";
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
  tag: "Xin ý kiến",
  summary: "Xin ý kiến về một khâu",
  description:
    "Người chịu trách nhiệm khâu hỏi một đơn vị (targetUnitId) hoặc một người (targetUserId), với hạn trả lời (ngày yyyy-mm-dd, tính đến hết ngày) và expectedVersion của khâu. Ghi CONSULTATION_REQUESTED.",
  params: ZIdPath,
  body: {
    schema: ZRequestConsultation,
    fromPath: { stepId: "id" },
    example: { expectedVersion: 1, targetUnitId: SAMPLE_ID, question: "Đề nghị cho ý kiến về dự thảo quy trình.", responseDeadline: "2026-04-10" },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "Yêu cầu xin ý kiến vừa tạo.", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await requestConsultation(actor, body, now)),
});
