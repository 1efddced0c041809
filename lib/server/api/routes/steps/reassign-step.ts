import "server-only";
import { ZReassignStep } from "@/lib/schemas/step-actions";
import { reassignStep } from "@/lib/server/steps/reassign-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { stepActionRoute } from "./step-action-route";

export const reassignStepRoute = stepActionRoute({
  action: "reassign",
  operationId: "reassignStep",
  summary: "Giao lại khâu",
  description: "Lãnh đạo đơn vị của khâu (hoặc cấp trên) giao khâu cho người khác (newOwnerId) thuộc đơn vị mình, nêu lý do. Ghi STEP_REASSIGNED.",
  schema: ZReassignStep,
  example: { expectedVersion: 0, newOwnerId: SAMPLE_ID, reason: "Chuyển cho chuyên viên phụ trách lĩnh vực thu." },
  run: async (actor, input, now) => ({ step: serializeStepState(await reassignStep(actor, input, now)) }),
});
