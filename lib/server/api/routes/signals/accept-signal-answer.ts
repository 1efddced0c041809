import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiSignal } from "@/lib/schemas/api/signals";
import { ZReviewSignalAnswer } from "@/lib/schemas/signal";
import { reviewSignalAnswer } from "@/lib/server/signals/review-signal-answer";
import { defineApiRoute } from "../../define-api-route";
import { getApiSignalOrThrow } from "../../reads/get-api-signal-or-throw";
import { serializeSignalRow } from "../../serialize/serialize-signal";

export const acceptSignalAnswerRoute = defineApiRoute({
  method: "POST",
  path: "/signals/{id}/accept",
  operationId: "acceptSignalAnswer",
  tag: "Cảnh báo trách nhiệm",
  summary: "Xem xét giải trình: chấp nhận hoặc không",
  description:
    "Lãnh đạo đơn vị của người được cảnh báo (hoặc cấp trên), không phải chính người đó. accept: true chấp nhận là nguyên nhân khách quan (cảnh báo không còn tính cho người đó); accept: false không chấp nhận, khi đó phải nêu lý do (note). Ghi SIGNAL_ANSWER_ACCEPTED hoặc SIGNAL_ANSWER_REJECTED.",
  params: ZIdPath,
  body: { schema: ZReviewSignalAnswer, fromPath: { signalId: "id" }, example: { accept: true, note: "Nguyên nhân khách quan." } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "Cảnh báo sau khi xem xét.", schema: ZApiSignal },
  run: async ({ actor, body, now }) => {
    await reviewSignalAnswer(actor, body, now);
    return serializeSignalRow(actor, await getApiSignalOrThrow(actor, body.signalId), actor.locale);
  },
});
