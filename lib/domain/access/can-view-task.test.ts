import { describe, expect, it } from "vitest";
import { canViewTask, type TTaskReach } from "./can-view-task";
import type { TActor } from "./roles";

const HN = "/vn/hn/";
const DD = "/vn/hn/dd/";
const HBT = "/vn/hn/hbt/";
const DN = "/vn/dn/";

const task = (over: Partial<TTaskReach> = {}): TTaskReach => ({
  leadUnitPath: DD,
  coordinatingUnitPaths: [],
  stepUnitPaths: [DD],
  stepOwnerIds: ["lan"],
  consultedUserIds: [],
  consultedUnitPaths: [],
  ...over,
});
const actor = (id: string, unitPath: string, roles: TActor["roles"]): TActor => ({ id, unitId: id, unitPath, roles });

describe("canViewTask", () => {
  it.each([
    ["staff of the lead unit", actor("lan", DD, ["STAFF"]), task(), true],
    ["staff of a sibling district", actor("minh", HBT, ["STAFF"]), task(), false],
    ["staff of another province", actor("hoa", DN, ["STAFF"]), task(), false],
    ["staff of the parent unit without a step", actor("tuan", HN, ["STAFF"]), task(), false],
    ["staff who owns a step elsewhere", actor("minh", HBT, ["STAFF"]), task({ stepOwnerIds: ["lan", "minh"] }), true],
    ["staff who was consulted", actor("minh", HBT, ["STAFF"]), task({ consultedUserIds: ["minh"] }), true],
    ["head of the parent unit", actor("gd", HN, ["STAFF", "UNIT_HEAD"]), task(), true],
    ["head of a sibling district", actor("tr", HBT, ["STAFF", "UNIT_HEAD"]), task(), false],
    ["head of another province", actor("gd2", DN, ["UNIT_HEAD"]), task(), false],
    ["head whose unit coordinates", actor("tr", HBT, ["UNIT_HEAD"]), task({ coordinatingUnitPaths: [HBT] }), true],
    ["TCCB monitor", actor("tccb", "/vn/tccb/", ["TCCB_MONITOR"]), task(), true],
    ["inspector", actor("tt", "/vn/ttkt/", ["INSPECTOR"]), task(), true],
  ])("%s → %s", (_label, who, t, expected) => {
    expect(canViewTask(who, t)).toBe(expected);
  });
});
