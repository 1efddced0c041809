import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiSignal } from "@/lib/schemas/api/signals";
import { ZAnswerSignal } from "@/lib/schemas/signal";
import { answerSignal } from "@/lib/server/signals/answer-signal";
import { getSignalOrThrow } from "@/lib/server/signals/get-signal-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeSignal } from "../../serialize/serialize-signal";

export const answerSignalRoute = defineApiRoute({
  method: "POST",
  path: "/signals/{id}/answer",
  operationId: "answerSignal",
  tag: "openapi.tags.signals",
  summary: "openapi.routes.answerSignal.summary",
  description: "openapi.routes.answerSignal.description",
  params: ZIdPath,
  body: {
    schema: ZAnswerSignal,
    fromPath: { signalId: "id" },
    example: { explanation: dataText("Chậm do chờ kết quả xác minh của cơ quan thuế từ ngày 05/3.") },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.answerSignal.response", schema: ZApiSignal },
  run: async ({ actor, body, now }) => {
    await answerSignal(actor, body, now);
    return serializeSignal(await getSignalOrThrow(actor, body.signalId, now), actor.locale);
  },
});
