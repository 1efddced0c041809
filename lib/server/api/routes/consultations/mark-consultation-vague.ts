import "server-only";
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
  tag: "Xin ý kiến",
  summary: "Đánh giá câu trả lời là chung chung, né tránh",
  description: "Người đã xin ý kiến, sau khi có trả lời, kèm lý do. Ghi CONSULTATION_MARKED_VAGUE; tính vào cảnh báo đối với người trả lời.",
  params: ZIdPath,
  body: { schema: ZMarkConsultationVague, fromPath: { consultationId: "id" }, example: { reason: "Câu trả lời không nêu rõ đồng ý hay không." } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "Yêu cầu xin ý kiến đã được đánh giá.", schema: ZApiConsultation },
  run: async ({ actor, body, now }) => serializeConsultation(await markConsultationVague(actor, body, now)),
});
