import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiSignal } from "@/lib/schemas/api/signals";
import { ZAnswerSignal } from "@/lib/schemas/signal";
import { answerSignal } from "@/lib/server/signals/answer-signal";
import { defineApiRoute } from "../../define-api-route";
import { getApiSignalOrThrow } from "../../reads/get-api-signal-or-throw";
import { serializeSignalRow } from "../../serialize/serialize-signal";

export const answerSignalRoute = defineApiRoute({
  method: "POST",
  path: "/signals/{id}/answer",
  operationId: "answerSignal",
  tag: "Cảnh báo trách nhiệm",
  summary: "Giải trình một cảnh báo",
  description: "Chỉ người được nêu trong cảnh báo, cho đến khi lãnh đạo chấp nhận. Giải trình mới được thêm vào lịch sử, không ghi đè. Ghi SIGNAL_ANSWERED.",
  params: ZIdPath,
  body: { schema: ZAnswerSignal, fromPath: { signalId: "id" }, example: { explanation: "Chậm do chờ kết quả xác minh của cơ quan thuế từ ngày 05/3." } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "Cảnh báo với giải trình vừa gửi.", schema: ZApiSignal },
  run: async ({ actor, body, now }) => {
    await answerSignal(actor, body, now);
    return serializeSignalRow(actor, await getApiSignalOrThrow(actor, body.signalId), actor.locale);
  },
});
