import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZRecordProgress } from "@/lib/schemas/step-actions";
import { recordProgress } from "@/lib/server/steps/record-progress";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const recordProgressRoute = stepActionRoute({
  action: "progress",
  operationId: "recordStepProgress",
  summary: "openapi.routes.recordStepProgress.summary",
  description: "openapi.routes.recordStepProgress.description",
  schema: ZRecordProgress,
  example: { expectedVersion: 1, note: dataText("Đã rà soát xong 3/5 hồ sơ.") },
  run: async (actor, input, now) => ({ step: serializeStepState(await recordProgress(actor, input, now)) }),
});
