import "server-only";
import { ZCompleteStep } from "@/lib/schemas/step-actions";
import { completeStep } from "@/lib/server/steps/complete-step";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const completeStepRoute = stepActionRoute({
  action: "complete",
  operationId: "completeStep",
  summary: "Hoàn thành khâu",
  description: "Người chịu trách nhiệm ghi kết quả (result). Khâu tiếp theo chuyển sang chờ xử lý; hết khâu thì nhiệm vụ hoàn thành. Ghi STEP_COMPLETED (và TASK_COMPLETED).",
  schema: ZCompleteStep,
  example: { expectedVersion: 2, result: "Đã rà soát xong, báo cáo kèm theo." },
  run: async (actor, input, now) => ({ step: serializeStepState(await completeStep(actor, input, now)) }),
});
