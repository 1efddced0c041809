import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZReturnStep } from "@/lib/schemas/step-actions";
import { returnStep } from "@/lib/server/steps/return-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const returnStepRoute = stepActionRoute({
  action: "return",
  operationId: "returnStep",
  summary: "openapi.routes.returnStep.summary",
  description: "openapi.routes.returnStep.description",
  schema: ZReturnStep,
  example: { expectedVersion: 0, reason: dataText("Nội dung thuộc lĩnh vực thu, không thuộc phòng tôi.") },
  run: async (actor, input, now) => ({ step: serializeStepState(await returnStep(actor, input, now)) }),
});
