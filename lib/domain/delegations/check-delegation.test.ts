import { describe, expect, it } from "vitest";
import { checkDelegation, rangesOverlap, type TDelegationDraft } from "./check-delegation";

const head = { id: "head", unitPath: "/vn/hn/", roles: ["STAFF", "UNIT_HEAD"] as const, isActive: true };
const staff = { id: "lan", unitPath: "/vn/hn/", roles: ["STAFF"] as const, isActive: true };
const draft = (over: Partial<TDelegationDraft> = {}): TDelegationDraft => ({
  scope: "STEPS",
  startsOn: "2026-11-18",
  endsOn: "2026-11-20",
  principal: staff,
  deputy: { id: "minh", unitPath: "/vn/hn/dd/", isActive: true },
  ...over,
});
const today = "2026-11-18";

describe("checkDelegation", () => {
  it.each([
    ["a deputy for one's own steps", draft(), [], null],
    ["a head's decisions to someone in a unit below", draft({ principal: head, scope: "HEAD_DECISIONS" }), [], null],
    ["a one-day range", draft({ endsOn: "2026-11-18" }), [], null],
    ["a range next to another", draft(), [{ startsOn: "2026-11-21", endsOn: "2026-11-25" }], null],
    ["oneself as deputy", draft({ deputy: { id: "lan", unitPath: "/vn/hn/", isActive: true } }), [], "deputyId"],
    ["an inactive deputy", draft({ deputy: { id: "minh", unitPath: "/vn/hn/", isActive: false } }), [], "deputyId"],
    ["an inactive principal", draft({ principal: { ...staff, isActive: false } }), [], "deputyId"],
    ["an end before the start", draft({ startsOn: "2026-11-20", endsOn: "2026-11-19" }), [], "endsOn"],
    ["a range already over", draft({ startsOn: "2026-11-10", endsOn: "2026-11-17" }), [], "endsOn"],
    ["a head's decisions from a staff member", draft({ scope: "HEAD_DECISIONS" }), [], "scope"],
    [
      "a head's decisions to someone outside the head's tree",
      draft({ principal: head, scope: "HEAD_DECISIONS", deputy: { id: "an", unitPath: "/vn/dn/", isActive: true } }),
      [],
      "deputyId",
    ],
    ["a range overlapping another by one day", draft(), [{ startsOn: "2026-11-20", endsOn: "2026-11-22" }], "startsOn"],
  ] as const)("%s", (_name, d, others, refusedField) => {
    const ruling = checkDelegation(d, others, today);
    if (refusedField === null) expect(ruling).toEqual({ ok: true });
    else expect(ruling).toMatchObject({ ok: false, field: refusedField });
  });

  it("an overlap is a CONFLICT, a bad field an INVALID_INPUT", () => {
    expect(checkDelegation(draft(), [{ startsOn: "2026-11-19", endsOn: "2026-11-19" }], today)).toMatchObject({
      code: "CONFLICT",
    });
    expect(checkDelegation(draft({ endsOn: "2026-11-17" }), [], today)).toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("rangesOverlap (both ends included)", () => {
  it.each([
    ["2026-11-01", "2026-11-05", "2026-11-05", "2026-11-09", true],
    ["2026-11-01", "2026-11-05", "2026-11-06", "2026-11-09", false],
    ["2026-11-03", "2026-11-03", "2026-11-01", "2026-11-09", true],
    ["2026-11-10", "2026-11-12", "2026-11-01", "2026-11-09", false],
  ])("%s–%s and %s–%s: %s", (a, b, c, d, expected) => {
    expect(rangesOverlap({ startsOn: a, endsOn: b }, { startsOn: c, endsOn: d })).toBe(expected);
    expect(rangesOverlap({ startsOn: c, endsOn: d }, { startsOn: a, endsOn: b })).toBe(expected);
  });
});
