import { describe, expect, it } from "vitest";
import type { TActor } from "../access/roles";
import { canEditTemplate } from "./can-edit-template";

const actor = (unitId: string, roles: TActor["roles"]) => ({ unitId, roles });

describe("canEditTemplate", () => {
  it.each([
    ["an admin, a sector-wide template", actor("root", ["ADMIN"]), null, true],
    ["an admin, a unit's template", actor("root", ["ADMIN"]), "hn", true],
    ["a head, their unit's template", actor("hn", ["STAFF", "UNIT_HEAD"]), "hn", true],
    ["a head, a sector-wide template", actor("hn", ["STAFF", "UNIT_HEAD"]), null, false],
    ["a head, another unit's template", actor("hn", ["STAFF", "UNIT_HEAD"]), "dn", false],
    ["staff, their unit's template", actor("hn", ["STAFF"]), "hn", false],
    ["TCCB, a sector-wide template", actor("root", ["STAFF", "TCCB_MONITOR"]), null, false],
  ] as const)("%s → %s", (_label, who, unitId, expected) => {
    expect(canEditTemplate(who, { unitId })).toBe(expected);
  });
});
