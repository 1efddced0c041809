import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZRuleOnReturn } from "@/lib/schemas/step-actions";
import { ruleOnReturn } from "@/lib/server/steps/rule-on-return";
import { serializeStepState } from "../../serialize/serialize-step-state";
import { stepActionRoute } from "./step-action-route";

export const ruleOnReturnRoute = stepActionRoute({
  action: "rule",
  operationId: "ruleOnReturn",
  summary: "openapi.routes.ruleOnReturn.summary",
  description: "openapi.routes.ruleOnReturn.description",
  schema: ZRuleOnReturn,
  example: {
    expectedVersion: 1,
    decision: "OVERRULE",
    reason: dataText("Nội dung thuộc chức năng của phòng, đề nghị xử lý."),
  },
  run: async (actor, input, now) => ({ step: serializeStepState(await ruleOnReturn(actor, input, now)) }),
});
