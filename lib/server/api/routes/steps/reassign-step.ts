import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZReassignStep } from "@/lib/schemas/step-actions";
import { reassignStep } from "@/lib/server/steps/reassign-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { stepActionRoute } from "./step-action-route";

export const reassignStepRoute = stepActionRoute({
  action: "reassign",
  operationId: "reassignStep",
  summary: "openapi.routes.reassignStep.summary",
  description: "openapi.routes.reassignStep.description",
  schema: ZReassignStep,
  example: {
    expectedVersion: 0,
    newOwnerId: SAMPLE_ID,
    reason: dataText("Chuyển cho chuyên viên phụ trách lĩnh vực thu."),
  },
  run: async (actor, input, now) => ({ step: serializeStepState(await reassignStep(actor, input, now)) }),
});
