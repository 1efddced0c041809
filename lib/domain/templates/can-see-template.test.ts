import { describe, expect, it } from "vitest";
import type { TActor } from "../access/roles";
import { canSeeTemplate } from "./can-see-template";

const actor = (unitPath: string, roles: TActor["roles"]) => ({ unitPath, roles });
const head = (p: string) => actor(p, ["STAFF", "UNIT_HEAD"]);
const tpl = (unitPath: string | null) => ({
  unitId: unitPath === null ? null : unitPath.split("/").filter(Boolean).pop()!,
  unitPath,
});

describe("canSeeTemplate", () => {
  it.each([
    ["anyone, a sector-wide template", actor("/root/hn/dd/", ["STAFF"]), tpl(null), true],
    ["staff, their unit's template", actor("/root/hn/dd/", ["STAFF"]), tpl("/root/hn/dd/"), true],
    ["staff, their province's template", actor("/root/hn/dd/", ["STAFF"]), tpl("/root/hn/"), true],
    ["staff, a district below a sibling", actor("/root/hn/dd/", ["STAFF"]), tpl("/root/hn/hbt/"), false],
    ["a district head, the province's template", head("/root/hn/dd/"), tpl("/root/hn/"), true],
    ["a district head, a sibling district's template", head("/root/hn/dd/"), tpl("/root/hn/hbt/"), false],
    ["a district head, another province's template", head("/root/hn/dd/"), tpl("/root/dn/"), false],
    ["a province head, a district's template below", head("/root/hn/"), tpl("/root/hn/dd/"), true],
    ["staff of a province, a district's template below", actor("/root/hn/", ["STAFF"]), tpl("/root/hn/dd/"), false],
    ["TCCB, any unit's template", actor("/root/", ["STAFF", "TCCB_MONITOR"]), tpl("/root/dn/"), true],
    ["an admin, any unit's template", actor("/root/", ["STAFF", "ADMIN"]), tpl("/root/dn/"), true],
  ] as const)("%s → %s", (_label, who, template, expected) => {
    expect(canSeeTemplate(who, template)).toBe(expected);
  });
});
