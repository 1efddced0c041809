"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZRuleOnReturn } from "@/lib/schemas/step-actions";
import { ruleOnReturn } from "@/lib/server/steps/rule-on-return";

export const ruleOnReturnAction = createAction(ZRuleOnReturn, (actor, input, now) => ruleOnReturn(actor, input, now));
