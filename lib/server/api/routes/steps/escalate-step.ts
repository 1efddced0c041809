import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZEscalateStep } from "@/lib/schemas/step-actions";
import { escalateStep } from "@/lib/server/steps/escalate-step";
import { getStepStateOrThrow } from "../../reads/get-step-state-or-throw";
import { serializeEscalation, serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const escalateStepRoute = stepActionRoute({
  action: "escalate",
  operationId: "escalateStep",
  summary: "openapi.routes.escalateStep.summary",
  description: "openapi.routes.escalateStep.description",
  schema: ZEscalateStep,
  example: { expectedVersion: 1, reason: dataText("Vượt thẩm quyền của đơn vị, cần Giám đốc quyết định.") },
  run: async (actor, input, now) => {
    const escalation = await escalateStep(actor, input, now);
    return {
      step: serializeStepState(await getStepStateOrThrow(input.stepId)),
      escalation: serializeEscalation(escalation),
    };
  },
});
