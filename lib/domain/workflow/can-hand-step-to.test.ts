import { describe, expect, it } from "vitest";
import { msg, type TMessageKey } from "@/lib/i18n/message";
import { canHandStepTo, type TOwnerCandidate } from "./can-hand-step-to";

const DD = "/vn/hn/dd/";
const districtHead = { unitPath: DD };
const provinceHead = { unitPath: "/vn/hn/" };
const person = (id: string, unitPath: string, isActive = true): TOwnerCandidate => ({ id, unitPath, isActive });

describe("canHandStepTo", () => {
  it.each<[string, { unitPath: string }, string | undefined, TOwnerCandidate | null, true | TMessageKey]>([
    ["a colleague in the head's unit", districtHead, "minh", person("minh", DD), true],
    ["someone in a unit below the head's", districtHead, "an", person("an", `${DD}phong-thu/`), true],
    ["someone in a district below the province head", provinceHead, "hoa", person("hoa", "/vn/hn/hbt/"), true],
    ["nobody named", districtHead, undefined, null, "errors.newOwnerMissing"],
    ["an empty id", districtHead, "", null, "errors.newOwnerMissing"],
    ["the person who holds the step now", districtHead, "lan", person("lan", DD), "errors.newOwnerSameAsCurrent"],
    ["an unknown id", districtHead, "ghost", null, "errors.newOwnerOutsideUnit"],
    ["a person who has left", districtHead, "retired", person("retired", DD, false), "errors.newOwnerOutsideUnit"],
    ["someone in a sibling district", districtHead, "hoa", person("hoa", "/vn/hn/hbt/"), "errors.newOwnerOutsideUnit"],
    ["someone in the unit above the head's", districtHead, "gd", person("gd", "/vn/hn/"), "errors.newOwnerOutsideUnit"],
    [
      "someone whose unit path merely starts like the head's",
      districtHead,
      "x",
      person("x", "/vn/hn/dd2/"),
      "errors.newOwnerOutsideUnit",
    ],
    ["a candidate that is not the person named", districtHead, "minh", person("an", DD), "errors.newOwnerOutsideUnit"],
  ])("handing a step held by lan to %s", (_label, head, newOwnerId, newOwner, expected) => {
    const ruling = canHandStepTo(head, "lan", newOwnerId, newOwner);
    if (expected === true) expect(ruling).toEqual({ ok: true });
    else expect(ruling).toEqual({ ok: false, code: "INVALID_INPUT", message: msg(expected) });
  });
});
