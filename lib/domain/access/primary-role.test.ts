import { describe, expect, it } from "vitest";
import { primaryRole } from "./primary-role";
import type { TRole } from "./roles";

describe("primaryRole", () => {
  it.each<[string, TRole[], TRole]>([
    [
      "a TCCB deputy head is shown as the sector's monitor, not as a unit head",
      ["UNIT_HEAD", "TCCB_MONITOR"],
      "TCCB_MONITOR",
    ],
    ["the same whatever the order the roles come in", ["TCCB_MONITOR", "UNIT_HEAD", "STAFF"], "TCCB_MONITOR"],
    ["the head of the inspection department is shown as an inspector", ["UNIT_HEAD", "INSPECTOR"], "INSPECTOR"],
    ["an administrator on the staff is shown as the administrator", ["STAFF", "ADMIN"], "ADMIN"],
    ["a district director is a unit head", ["STAFF", "UNIT_HEAD"], "UNIT_HEAD"],
    ["staff are staff", ["STAFF"], "STAFF"],
    ["no role at all reads as staff", [], "STAFF"],
  ])("%s", (_label, roles, expected) => {
    expect(primaryRole(roles)).toBe(expected);
  });
});
