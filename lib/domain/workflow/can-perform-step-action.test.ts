import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TActor } from "../access/roles";
import { canPerformStepAction, type TStepForRules } from "./can-perform-step-action";
import type { TStepAction, TStepStatus } from "./step-action";

const DD = "/vn/hn/dd/";
const owner: TActor = { id: "lan", unitId: "dd", unitPath: DD, roles: ["STAFF"] };
const colleague: TActor = { id: "minh", unitId: "dd", unitPath: DD, roles: ["STAFF"] };
const head: TActor = { id: "truong", unitId: "dd", unitPath: DD, roles: ["STAFF", "UNIT_HEAD"] };
const provinceHead: TActor = { id: "gd", unitId: "hn", unitPath: "/vn/hn/", roles: ["UNIT_HEAD"] };
const siblingHead: TActor = { id: "hbt", unitId: "hbt", unitPath: "/vn/hn/hbt/", roles: ["UNIT_HEAD"] };
const tccb: TActor = { id: "tccb", unitId: "tccb", unitPath: "/vn/tccb/", roles: ["TCCB_MONITOR"] };

const now = new Date("2026-11-18T03:00:00Z");
const step = (status: TStepStatus, deadline = "2026-11-20T16:59:59Z"): TStepForRules => ({
  ownerId: "lan",
  unitPath: DD,
  status,
  deadline: new Date(deadline),
});

describe("canPerformStepAction", () => {
  it.each<[string, TActor, TStepAction, TStepStatus, boolean | string]>([
    ["owner starts a step waiting for them", owner, "start", "TODO", true],
    ["owner completes a step in progress", owner, "complete", "IN_PROGRESS", true],
    ["owner returns a step as not their remit", owner, "return", "IN_PROGRESS", true],
    ["a colleague cannot complete someone else's step", colleague, "complete", "IN_PROGRESS", "FORBIDDEN"],
    ["the head cannot complete the owner's step for them", head, "complete", "IN_PROGRESS", "FORBIDDEN"],
    ["staff cannot reassign", owner, "reassign", "TODO", "FORBIDDEN"],
    ["the head reassigns in their unit", head, "reassign", "TODO", true],
    ["the province head reassigns in a district below", provinceHead, "reassign", "IN_PROGRESS", true],
    ["a sibling district's head cannot reassign", siblingHead, "reassign", "TODO", "FORBIDDEN"],
    ["TCCB monitors but does not reassign", tccb, "reassign", "TODO", "FORBIDDEN"],
    ["the head rules on a returned step", head, "rule", "RETURNED", true],
    ["nobody rules on a step that was not returned", head, "rule", "IN_PROGRESS", "INVALID_STATE"],
    ["a completed step cannot be completed again", owner, "complete", "DONE", "INVALID_STATE"],
    ["a completed step cannot be reassigned", head, "reassign", "DONE", "INVALID_STATE"],
    ["a step not yet reached cannot be started", owner, "start", "PENDING", "INVALID_STATE"],
    ["a head may name the owner of a step not yet reached", head, "reassign", "PENDING", true],
    ["the owner escalates a step they are working on", owner, "escalate", "IN_PROGRESS", true],
    ["a colleague cannot escalate", colleague, "escalate", "IN_PROGRESS", "FORBIDDEN"],
    ["the owner cannot escalate a step not yet started", owner, "escalate", "TODO", "INVALID_STATE"],
    ["the owner cannot escalate a step not yet reached", owner, "escalate", "PENDING", "INVALID_STATE"],
    ["the owner cannot escalate a step waiting for the head's ruling", owner, "escalate", "RETURNED", "INVALID_STATE"],
    ["the head escalates a step not yet started", head, "escalate", "TODO", true],
    ["the head escalates a returned step", head, "escalate", "RETURNED", true],
    ["the province head escalates a district's step in progress", provinceHead, "escalate", "IN_PROGRESS", true],
    ["nobody escalates a step not yet reached", head, "escalate", "PENDING", "INVALID_STATE"],
    ["nobody escalates a completed step", head, "escalate", "DONE", "INVALID_STATE"],
  ])("%s", (_label, actor, action, status, expected) => {
    const result = canPerformStepAction(actor, step(status), action, now);
    if (expected === true) expect(result).toEqual({ ok: true, onBehalfOf: null });
    else expect(result).toMatchObject({ ok: false, code: expected });
  });

  it("allows an extension request before the deadline and refuses it after", () => {
    expect(canPerformStepAction(owner, step("IN_PROGRESS", "2026-11-18T03:00:00Z"), "request-extension", now).ok).toBe(
      true,
    );
    const late = canPerformStepAction(owner, step("IN_PROGRESS", "2026-11-18T02:59:59Z"), "request-extension", now);
    expect(late).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect(late.ok === false && translate("vi", late.message)).toContain("chỉ được xin trước khi hết hạn");
  });

  it("tells the owner of a step not yet started to start it before escalating", () => {
    const r = canPerformStepAction(owner, step("TODO"), "escalate", now);
    expect(r.ok === false && translate("vi", r.message)).toMatch(/Hãy bắt đầu xử lý/);
  });

  it("explains refusals in Vietnamese", () => {
    const r = canPerformStepAction(colleague, step("TODO"), "start", now);
    expect(r.ok === false && translate("vi", r.message)).toBe(
      "Chỉ người chịu trách nhiệm khâu này mới được bắt đầu xử lý.",
    );
  });

  it("explains refusals in English too", () => {
    const r = canPerformStepAction(owner, step("DONE"), "complete", now);
    expect(r.ok === false && translate("en", r.message)).toBe("Cannot complete: this step is already completed.");
  });
});
