import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZCompleteStep } from "@/lib/schemas/step-actions";
import { completeStep } from "@/lib/server/steps/complete-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const completeStepRoute = stepActionRoute({
  action: "complete",
  operationId: "completeStep",
  summary: "openapi.routes.completeStep.summary",
  description: "openapi.routes.completeStep.description",
  schema: ZCompleteStep,
  example: { expectedVersion: 2, result: dataText("Đã rà soát xong, báo cáo kèm theo.") },
  run: async (actor, input, now) => ({ step: serializeStepState(await completeStep(actor, input, now)) }),
});
