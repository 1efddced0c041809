import { describe, expect, it } from "vitest";
import type { TRole } from "@/lib/domain/access/roles";
import { mayRecordDecision, mayRecordDecisions } from "./may-record-decision";

const HANOI = "/root/hanoi/";
const DONG_DA = "/root/hanoi/dongda/";
const DA_NANG = "/root/danang/";

const actor = (roles: TRole[], unitPath = HANOI, id = "me") => ({ id, unitPath, roles });

describe("mayRecordDecision", () => {
  it.each([
    ["TCCB, someone in another province", actor(["STAFF", "TCCB_MONITOR"]), { id: "x", unitPath: DA_NANG }, true],
    ["TCCB, someone at the root", actor(["TCCB_MONITOR"], "/root/"), { id: "x", unitPath: "/root/" }, true],
    ["head, someone in their own unit", actor(["STAFF", "UNIT_HEAD"]), { id: "x", unitPath: HANOI }, true],
    ["head, someone in a district below", actor(["UNIT_HEAD"]), { id: "x", unitPath: DONG_DA }, true],
    ["head, themselves", actor(["UNIT_HEAD"]), { id: "me", unitPath: HANOI }, false],
    ["head, someone in another province", actor(["UNIT_HEAD"]), { id: "x", unitPath: DA_NANG }, false],
    [
      "district head, someone in the province above",
      actor(["UNIT_HEAD"], DONG_DA),
      { id: "x", unitPath: HANOI },
      false,
    ],
    ["staff, a colleague", actor(["STAFF"]), { id: "x", unitPath: HANOI }, false],
    ["staff, themselves", actor(["STAFF"]), { id: "me", unitPath: HANOI }, false],
    ["administrator, anyone", actor(["ADMIN"], "/root/"), { id: "x", unitPath: HANOI }, false],
    ["inspector, anyone", actor(["INSPECTOR"], "/root/"), { id: "x", unitPath: HANOI }, false],
  ])("%s → %s", (_case, who, subject, expected) => {
    expect(mayRecordDecision(who, subject)).toBe(expected);
  });

  it("a prefix of a unit's path that is not its ancestor does not count (paths end in a slash)", () => {
    expect(mayRecordDecision(actor(["UNIT_HEAD"], "/root/ha/"), { id: "x", unitPath: "/root/hanoi/" })).toBe(false);
  });
});

describe("mayRecordDecisions", () => {
  it.each([
    [["TCCB_MONITOR"], true],
    [["UNIT_HEAD"], true],
    [["STAFF"], false],
    [["ADMIN"], false],
    [["INSPECTOR"], false],
  ] as [TRole[], boolean][])("%j → %s", (roles, expected) => {
    expect(mayRecordDecisions({ roles })).toBe(expected);
  });
});
