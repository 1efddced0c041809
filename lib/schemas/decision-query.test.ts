import { describe, expect, it } from "vitest";
import { parseDecisionFormQuery, parseDecisionListQuery } from "./decision-query";

const id = "7d0b1a1e-5c1f-4c36-9b7e-2f1d1c0a9e11";

describe("the decisions pages' query strings", () => {
  it("reads the form's person, kind and period, defaulting to a review with no period", () => {
    expect(parseDecisionFormQuery({ person: id, kind: "COMMENDATION", period: "2026-Q4" })).toEqual({
      person: id,
      kind: "COMMENDATION",
      period: "2026-Q4",
    });
    expect(parseDecisionFormQuery({ person: id, kind: "FIRE", period: "Q4" })).toEqual({
      person: id,
      kind: "REVIEW",
      period: null,
    });
    expect(parseDecisionFormQuery({ person: "42" })).toBeNull();
  });

  it("drops what does not read in the list's filters, and says when a typed period is wrong", () => {
    expect(parseDecisionListQuery({ unit: "x", kind: "REWARD", period: "2026-13", page: "0" })).toEqual({
      person: undefined,
      unit: undefined,
      period: undefined,
      kind: "REWARD",
      page: 1,
      periodInvalid: true,
      recorded: false,
    });
    expect(parseDecisionListQuery({ period: "", page: "3", recorded: "1" })).toMatchObject({
      periodInvalid: false,
      page: 3,
      recorded: true,
    });
  });
});
