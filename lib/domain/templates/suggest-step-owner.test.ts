import { describe, expect, it } from "vitest";
import { suggestStepOwner, type TOwnerCandidate } from "./suggest-step-owner";

const lead = "lead";
const head: TOwnerCandidate = { id: "head", unitId: lead, position: "HEAD" };
const deputy: TOwnerCandidate = { id: "deputy", unitId: lead, position: "DEPUTY_HEAD" };
const staff: TOwnerCandidate = { id: "staff", unitId: lead, position: "STAFF" };
const below: TOwnerCandidate = { id: "below", unitId: "district", position: "STAFF" };

describe("suggestStepOwner", () => {
  it.each([
    ["approval goes to the head", "APPROVE", [below, staff, deputy, head], "head"],
    ["approval falls back to the deputy", "APPROVE", [staff, deputy], "deputy"],
    ["approval falls back to anyone in the lead unit", "APPROVE", [below, staff], "staff"],
    ["handling goes to staff of the lead unit", "HANDLE", [head, below, staff], "staff"],
    ["receiving falls back to the head when the unit has no staff", "RECEIVE", [below, head], "head"],
    ["nobody in the lead unit: no guess", "HANDLE", [below], null],
    ["no candidates", "ISSUE", [], null],
  ] as const)("%s", (_label, kind, candidates, expected) => {
    expect(suggestStepOwner(kind, candidates, lead)).toBe(expected);
  });
});
