import "server-only";
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
  tag: "Xin ý kiến",
  summary: "Trả lời xin ý kiến",
  description:
    "Người được hỏi (hoặc một người của đơn vị được hỏi) trả lời với quan điểm rõ ràng (position) và nội dung. Chỉ trả lời một lần; trả lời sau hạn được ghi là chậm. Ghi CONSULTATION_ANSWERED.",
  params: ZIdPath,
  body: { schema: ZAnswerConsultation, fromPath: { consultationId: "id" }, example: { position: "AGREE_WITH_COMMENTS", answer: "Thống nhất, đề nghị bổ sung mục 3." } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "Yêu cầu xin ý kiến đã được trả lời.", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await answerConsultation(actor, body, now)),
});
