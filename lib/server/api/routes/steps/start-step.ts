import "server-only";
import { ZStartStep } from "@/lib/schemas/step-actions";
import { startStep } from "@/lib/server/steps/start-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const startStepRoute = stepActionRoute({
  action: "start",
  operationId: "startStep",
  summary: "openapi.routes.startStep.summary",
  description: "openapi.routes.startStep.description",
  schema: ZStartStep,
  example: { expectedVersion: 0 },
  run: async (actor, input, now) => ({ step: serializeStepState(await startStep(actor, input, now)) }),
});
