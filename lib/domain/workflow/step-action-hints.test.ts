import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";
import type { TActor } from "../access/roles";
import { allowedStepActions } from "./allowed-step-actions";
import type { TStepForRules } from "./can-perform-step-action";
import { stepActionHints } from "./step-action-hints";
import type { TStepStatus } from "./step-action";

const DD = "/vn/hn/dd/";
const owner: TActor = { id: "lan", unitId: "dd", unitPath: DD, roles: ["STAFF"] };
const head: TActor = { id: "truong", unitId: "dd", unitPath: DD, roles: ["STAFF", "UNIT_HEAD"] };
const now = new Date("2026-11-18T03:00:00Z");
const BEFORE = "2026-11-20T16:59:59Z";
const PAST = "2026-11-17T16:59:59Z";
const step = (status: TStepStatus, deadline: string): TStepForRules => ({
  ownerId: "lan",
  unitPath: DD,
  status,
  deadline: new Date(deadline),
});

describe("stepActionHints", () => {
  it.each<[string, TActor, TStepStatus, string, boolean]>([
    ["the owner of an overdue step in progress is told why there is no extension", owner, "IN_PROGRESS", PAST, true],
    ["the owner of an overdue step not yet started is told too", owner, "TODO", PAST, true],
    ["the owner of a step still in time needs no hint: the button is there", owner, "IN_PROGRESS", BEFORE, false],
    ["nobody is told about extensions of a completed step", owner, "DONE", PAST, false],
    ["nobody is told about extensions of a returned step", owner, "RETURNED", PAST, false],
    ["the head, who never asks for an extension, gets no hint", head, "IN_PROGRESS", PAST, false],
  ])("%s", (_label, actor, status, deadline, expected) => {
    const hints = stepActionHints(actor, step(status, deadline), now);
    expect(hints.some((h) => h.action === "request-extension")).toBe(expected);
    // A hint never stands beside the button it explains.
    if (expected) expect(allowedStepActions(actor, step(status, deadline), now)).not.toContain("request-extension");
  });

  it("says in Vietnamese why, and what to do instead", () => {
    const [hint] = stepActionHints(owner, step("IN_PROGRESS", PAST), now);
    const text = translate("vi", hint.message);
    expect(text).toMatch(/quá hạn/);
    expect(text).toMatch(/giải trình/);
    expect(text).toMatch(/báo cáo vượt cấp/);
  });
});
