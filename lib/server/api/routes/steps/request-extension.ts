import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZRequestExtension } from "@/lib/schemas/step-actions";
import { requestExtension } from "@/lib/server/steps/request-extension";
import { getStepStateOrThrow } from "../../reads/get-step-state-or-throw";
import { serializeExtensionRequest, serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const requestExtensionRoute = stepActionRoute({
  action: "request-extension",
  operationId: "requestStepExtension",
  summary: "openapi.routes.requestStepExtension.summary",
  description: "openapi.routes.requestStepExtension.description",
  schema: ZRequestExtension,
  example: {
    expectedVersion: 1,
    requestedDeadline: "2026-05-15",
    reason: dataText("Chờ số liệu đối chiếu từ cơ quan thuế."),
  },
  run: async (actor, input, now) => {
    const request = await requestExtension(actor, input, now);
    return {
      step: serializeStepState(await getStepStateOrThrow(input.stepId)),
      extensionRequest: serializeExtensionRequest(request),
    };
  },
});
