import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { canRuleOnReturn } from "./can-rule-on-return";

describe("canRuleOnReturn", () => {
  it.each<[string, string, string, boolean]>([
    ["the head rules on a return by someone in their unit", "truong", "lan", true],
    ["the head above rules on a return by a head below", "giam-doc", "truong", true],
    ["a head cannot rule on a return of their own step", "truong", "truong", false],
  ])("%s", (_label, actorId, ownerId, allowed) => {
    const ruling = canRuleOnReturn({ id: actorId }, { ownerId });
    if (allowed) expect(ruling).toEqual({ ok: true });
    else expect(ruling).toEqual({ ok: false, code: "FORBIDDEN", message: msg("errors.returnRuleOwn") });
  });
});
