import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZDecideExtension } from "@/lib/schemas/step-actions";
import { decideExtension } from "@/lib/server/steps/decide-extension";
import { iso } from "../../serialize/iso";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { stepActionRoute } from "./step-action-route";

export const decideExtensionRoute = stepActionRoute({
  action: "decide-extension",
  operationId: "decideStepExtension",
  summary: "openapi.routes.decideStepExtension.summary",
  description: "openapi.routes.decideStepExtension.description",
  schema: ZDecideExtension,
  example: { expectedVersion: 2, requestId: SAMPLE_ID, approve: true, note: dataText("Đồng ý gia hạn.") },
  run: async (actor, input, now) => {
    const { step, shiftedSteps } = await decideExtension(actor, input, now);
    return {
      step: serializeStepState(step),
      shiftedSteps: shiftedSteps.map((s) => ({
        ...serializeStepState(s.step),
        previousDeadline: iso(s.previousDeadline),
      })),
    };
  },
});
