import { describe, expect, it } from "vitest";
import type { TActor } from "../access/roles";
import {
  canInspectFrom,
  canManageInspection,
  canReadInspectedWork,
  canSeeConclusion,
  inspectionAccess,
  type TInspectionReach,
} from "./inspection-access";

const ROOT = "/vn/";
const TTKT = "/vn/ttkt/";
const HN = "/vn/hn/";
const HN_TT = "/vn/hn/tt/";
const DD = "/vn/hn/dd/";
const HBT = "/vn/hn/hbt/";
const DN = "/vn/dn/";
const before = new Date("2026-11-01T00:00:00Z");
const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-12-01T00:00:00Z");

const surprise = (over: Partial<TInspectionReach> = {}): TInspectionReach => ({
  kind: "SURPRISE",
  status: "PLANNED",
  inspectingUnitPath: TTKT,
  inspectedUnitPath: DD,
  teamUserIds: ["lead", "member"],
  leadUserId: "lead",
  startedAt: null,
  concludedAt: null,
  ...over,
});
const started = surprise({ status: "IN_PROGRESS", startedAt: before });
const concluded = surprise({ status: "CONCLUDED", startedAt: before, concludedAt: now });
const who = (id: string, unitPath: string, roles: TActor["roles"]): TActor => ({ id, unitId: id, unitPath, roles });

const people = {
  lead: who("lead", TTKT, ["STAFF", "INSPECTOR"]),
  member: who("member", TTKT, ["STAFF", "INSPECTOR"]),
  otherInspector: who("tt2", TTKT, ["STAFF", "INSPECTOR"]),
  inspectingHead: who("vt", TTKT, ["STAFF", "UNIT_HEAD", "INSPECTOR"]),
  tccb: who("tccb", "/vn/tccb/", ["STAFF", "TCCB_MONITOR"]),
  admin: who("admin", "/vn/vp/", ["STAFF", "ADMIN"]),
  inspectedHead: who("trdd", DD, ["STAFF", "UNIT_HEAD"]),
  inspectedStaff: who("nvdd", DD, ["STAFF"]),
  provinceHead: who("gdhn", HN, ["STAFF", "UNIT_HEAD"]),
  provinceStaff: who("nvhn", HN, ["STAFF"]),
  siblingHead: who("trhbt", HBT, ["STAFF", "UNIT_HEAD"]),
  siblingStaff: who("nvhbt", HBT, ["STAFF"]),
  otherProvinceHead: who("gddn", DN, ["STAFF", "UNIT_HEAD"]),
  sectorHead: who("tgd", ROOT, ["STAFF", "UNIT_HEAD"]),
};

describe("inspectionAccess of a surprise inspection, for every role, before it starts, once started, once concluded", () => {
  it.each([
    ["the team lead", "lead", "inspecting", "inspecting", "inspecting"],
    ["a team member", "member", "inspecting", "inspecting", "inspecting"],
    ["an inspector outside the team", "otherInspector", "none", "none", "none"],
    ["the inspecting unit's head", "inspectingHead", "inspecting", "inspecting", "inspecting"],
    ["TCCB", "tccb", "inspecting", "inspecting", "inspecting"],
    ["an administrator", "admin", "inspecting", "inspecting", "inspecting"],
    ["the inspected unit's head", "inspectedHead", "none", "inspected", "inspected"],
    ["the inspected unit's staff", "inspectedStaff", "none", "inspected", "inspected"],
    ["the head of the province above", "provinceHead", "none", "inspected", "inspected"],
    ["staff of the province above", "provinceStaff", "none", "none", "none"],
    ["the head of a sibling district", "siblingHead", "none", "none", "none"],
    ["staff of a sibling district", "siblingStaff", "none", "none", "none"],
    ["the head of another province", "otherProvinceHead", "none", "none", "none"],
    ["the head of the whole sector (above both units)", "sectorHead", "inspecting", "inspecting", "inspecting"],
  ] as const)("%s: %s / %s / %s", (_label, key, beforeStart, afterStart, afterConclusion) => {
    const actor = people[key];
    expect(inspectionAccess(actor, surprise(), now)).toBe(beforeStart);
    expect(inspectionAccess(actor, started, now)).toBe(afterStart);
    expect(inspectionAccess(actor, concluded, now)).toBe(afterConclusion);
  });

  it("keeps a surprise inspection hidden when its start is recorded after `now`", () => {
    expect(inspectionAccess(people.inspectedStaff, surprise({ status: "IN_PROGRESS", startedAt: later }), now)).toBe(
      "none",
    );
  });

  it("shows a planned inspection to the inspected unit before it starts: it was announced", () => {
    expect(inspectionAccess(people.inspectedStaff, surprise({ kind: "PLANNED" }), now)).toBe("inspected");
    expect(inspectionAccess(people.siblingStaff, surprise({ kind: "PLANNED" }), now)).toBe("none");
  });
});

describe("what the inspected unit and the team may read", () => {
  it("shows the inspected unit the conclusion only once issued; the inspecting side always", () => {
    expect(canSeeConclusion("inspected", started, now)).toBe(false);
    expect(canSeeConclusion("inspected", concluded, now)).toBe(true);
    expect(canSeeConclusion("inspected", surprise({ concludedAt: later }), now)).toBe(false);
    expect(canSeeConclusion("inspecting", started, now)).toBe(true);
    expect(canSeeConclusion("none", concluded, now)).toBe(false);
  });

  it.each([
    ["a member before the start", "member", surprise(), false],
    ["a member under way", "member", started, true],
    ["the lead under way", "lead", started, true],
    ["a member after the conclusion", "member", concluded, false],
    ["TCCB (not on the team) under way", "tccb", started, false],
    ["an inspector outside the team under way", "otherInspector", started, false],
  ] as const)("reads the inspected unit's work as its head: %s → %s", (_label, key, i, expected) => {
    expect(canReadInspectedWork(people[key], i, now)).toBe(expected);
  });

  it.each([
    ["the lead", "lead", true],
    ["a member", "member", false],
    ["the inspecting unit's head", "inspectingHead", true],
    ["TCCB", "tccb", true],
    ["the inspected unit's head", "inspectedHead", false],
  ] as const)("manages the inspection: %s → %s", (_label, key, expected) => {
    expect(canManageInspection(people[key], started)).toBe(expected);
  });

  it.each([
    ["an inspector of that unit", "lead", TTKT, true],
    ["an inspector for another unit", "lead", HN_TT, false],
    ["a province head for its own inspection office", "provinceHead", HN_TT, true],
    ["a district head for the province", "inspectedHead", HN_TT, false],
    ["TCCB for any unit", "tccb", HN_TT, true],
    ["staff", "inspectedStaff", DD, false],
  ] as const)("opens inspections from a unit: %s → %s", (_label, key, path, expected) => {
    expect(canInspectFrom(people[key], path)).toBe(expected);
  });
});
