import type { TActor, TRole } from "@/lib/domain/access/roles";

const actor = (id: string, unitPath: string, roles: TRole[]): TActor => ({ id, unitId: id, unitPath, roles });
type TPerson = { id: string; unitPath: string; position?: "STAFF" | "DEPUTY_HEAD" | "HEAD" };
const staff: TPerson = { id: "s", unitPath: "/vn/hn/cg/", position: "STAFF" };
const districtHead: TPerson = { id: "dh", unitPath: "/vn/hn/cg/", position: "HEAD" };

/** [case, actor, person, may read, may assess and approve] */
export const evaluationAccessCases: Array<[string, TActor, TPerson, boolean, boolean]> = [
  ["the person reads their own but does not assess it", actor("s", "/vn/hn/cg/", ["STAFF"]), staff, true, false],
  ["a colleague does neither", actor("c", "/vn/hn/cg/", ["STAFF"]), staff, false, false],
  ["the district's head does both", actor("dh", "/vn/hn/cg/", ["STAFF", "UNIT_HEAD"]), staff, true, true],
  ["the province's head does both", actor("ph", "/vn/hn/", ["UNIT_HEAD"]), staff, true, true],
  ["another district's head does neither", actor("oh", "/vn/hn/bd/", ["UNIT_HEAD"]), staff, false, false],
  ["TCCB reads but does not assess", actor("t", "/vn/tccb/", ["TCCB_MONITOR"]), staff, true, false],
  ["an administrator reads but does not assess", actor("a", "/vn/vp/", ["ADMIN"]), staff, true, false],
  ["a head does not assess themself", actor("dh", "/vn/hn/cg/", ["UNIT_HEAD"]), districtHead, true, false],
  [
    "a deputy of the same unit does not assess its head",
    actor("dp", "/vn/hn/cg/", ["UNIT_HEAD"]),
    districtHead,
    true,
    false,
  ],
  ["the head of the unit above assesses the head", actor("ph", "/vn/hn/", ["UNIT_HEAD"]), districtHead, true, true],
];
