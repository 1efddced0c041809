import "server-only";
import { ZEscalateStep } from "@/lib/schemas/step-actions";
import { escalateStep } from "@/lib/server/steps/escalate-step";
import { getStepStateOrThrow } from "../../reads/get-step-state-or-throw";
import { serializeEscalation, serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const escalateStepRoute = stepActionRoute({
  action: "escalate",
  operationId: "escalateStep",
  summary: "Báo cáo vượt cấp",
  description: "Người chịu trách nhiệm (khi khâu đang xử lý) hoặc lãnh đạo (khâu đã đến lượt, kể cả khâu bị trả lại) báo cáo lên đơn vị cấp trên của khâu một việc vượt thẩm quyền, kèm lý do. Khâu chưa đến lượt thì không báo cáo vượt cấp được (409). Ghi ESCALATED.",
  schema: ZEscalateStep,
  example: { expectedVersion: 1, reason: "Vượt thẩm quyền của đơn vị, cần Giám đốc quyết định." },
  run: async (actor, input, now) => {
    const escalation = await escalateStep(actor, input, now);
    return { step: serializeStepState(await getStepStateOrThrow(input.stepId)), escalation: serializeEscalation(escalation) };
  },
});
