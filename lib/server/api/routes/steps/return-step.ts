import "server-only";
import { ZReturnStep } from "@/lib/schemas/step-actions";
import { returnStep } from "@/lib/server/steps/return-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const returnStepRoute = stepActionRoute({
  action: "return",
  operationId: "returnStep",
  summary: "Trả lại khâu (không thuộc thẩm quyền)",
  description: "Người chịu trách nhiệm trả lại khâu kèm lý do; vẫn chịu trách nhiệm cho đến khi lãnh đạo quyết định. Ghi STEP_RETURNED.",
  schema: ZReturnStep,
  example: { expectedVersion: 0, reason: "Nội dung thuộc lĩnh vực thu, không thuộc phòng tôi." },
  run: async (actor, input, now) => ({ step: serializeStepState(await returnStep(actor, input, now)) }),
});
