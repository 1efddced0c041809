import "server-only";
import { ZRecordProgress } from "@/lib/schemas/step-actions";
import { recordProgress } from "@/lib/server/steps/record-progress";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const recordProgressRoute = stepActionRoute({
  action: "progress",
  operationId: "recordStepProgress",
  summary: "Cập nhật tiến độ",
  description: "Người chịu trách nhiệm ghi tiến độ (note); khâu chưa bắt đầu thì tính là bắt đầu từ lúc này. Ghi STEP_PROGRESS.",
  schema: ZRecordProgress,
  example: { expectedVersion: 1, note: "Đã rà soát xong 3/5 hồ sơ." },
  run: async (actor, input, now) => ({ step: serializeStepState(await recordProgress(actor, input, now)) }),
});
