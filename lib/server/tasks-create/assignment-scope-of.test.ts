import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/domain/access/roles";
import { assignmentScopeOf } from "./assignment-scope-of";

const HN = "/vn/hn/";

describe("assignmentScopeOf", () => {
  it.each([
    ["TCCB: the whole sector", ["STAFF", "TCCB_MONITOR"], "/"],
    ["a head: their unit's subtree", ["STAFF", "UNIT_HEAD"], HN],
    ["staff: nothing", ["STAFF"], null],
    ["an inspector: nothing", ["STAFF", "INSPECTOR"], null],
    ["an admin: nothing", ["ADMIN"], null],
  ] as const)("%s", (_label, roles, expected) => {
    expect(assignmentScopeOf({ roles: roles as TActor["roles"], unitPath: HN })).toBe(expected);
  });
});
