import { describe, expect, it } from "vitest";
import { msg, type TMessageKey } from "@/lib/i18n/message";
import { canOwnPlannedStep } from "./can-own-planned-step";

const LEAD = "/vn/hn/dd/";
type TOwner = { isActive: boolean; unitPath: string } | null;

describe("canOwnPlannedStep", () => {
  it.each<[string, TOwner, true | TMessageKey]>([
    ["an active person of the lead unit", { isActive: true, unitPath: LEAD }, true],
    ["an active person of a unit below the lead unit", { isActive: true, unitPath: `${LEAD}phong-thu/` }, true],
    ["an id that matches nobody", null, "errors.stepOwnerNotFound"],
    ["a person who has left", { isActive: false, unitPath: LEAD }, "errors.stepOwnerInactive"],
    [
      "a person who has left and was outside the lead unit",
      { isActive: false, unitPath: "/vn/dn/" },
      "errors.stepOwnerInactive",
    ],
    ["a person of a sibling unit", { isActive: true, unitPath: "/vn/hn/hbt/" }, "errors.stepOwnerOutsideLeadUnit"],
    [
      "a person of the unit above the lead unit",
      { isActive: true, unitPath: "/vn/hn/" },
      "errors.stepOwnerOutsideLeadUnit",
    ],
  ])("%s", (_label, owner, expected) => {
    const ruling = canOwnPlannedStep(owner, LEAD);
    if (expected === true) expect(ruling).toEqual({ ok: true });
    else expect(ruling).toEqual({ ok: false, code: "INVALID_INPUT", message: msg(expected) });
  });
});
