import "server-only";
import { ZRuleOnReturn } from "@/lib/schemas/step-actions";
import { ruleOnReturn } from "@/lib/server/steps/rule-on-return";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const ruleOnReturnRoute = stepActionRoute({
  action: "rule",
  operationId: "ruleOnReturn",
  summary: "Quyết định về việc trả lại",
  description:
    "Lãnh đạo đơn vị của khâu: UPHOLD (chấp nhận, giao cho newOwnerId) hoặc OVERRULE (bác, khâu trở lại người đã trả), kèm lý do. Ghi RETURN_UPHELD hoặc RETURN_OVERRULED.",
  schema: ZRuleOnReturn,
  example: { expectedVersion: 1, decision: "OVERRULE", reason: "Nội dung thuộc chức năng của phòng, đề nghị xử lý." },
  run: async (actor, input, now) => ({ step: serializeStepState(await ruleOnReturn(actor, input, now)) }),
});
