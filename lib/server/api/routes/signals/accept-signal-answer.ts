import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiSignal } from "@/lib/schemas/api/signals";
import { ZReviewSignalAnswer } from "@/lib/schemas/signal";
import { reviewSignalAnswer } from "@/lib/server/signals/review-signal-answer";
import { getSignalOrThrow } from "@/lib/server/signals/get-signal-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeSignal } from "../../serialize/serialize-signal";

export const acceptSignalAnswerRoute = defineApiRoute({
  method: "POST",
  path: "/signals/{id}/accept",
  operationId: "acceptSignalAnswer",
  tag: "openapi.tags.signals",
  summary: "openapi.routes.acceptSignalAnswer.summary",
  description: "openapi.routes.acceptSignalAnswer.description",
  params: ZIdPath,
  body: {
    schema: ZReviewSignalAnswer,
    fromPath: { signalId: "id" },
    example: { accept: true, note: dataText("Nguyên nhân khách quan.") },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.acceptSignalAnswer.response", schema: ZApiSignal },
  run: async ({ actor, body, now }) => {
    await reviewSignalAnswer(actor, body, now);
    return serializeSignal(await getSignalOrThrow(actor, body.signalId, now), actor.locale);
  },
});
