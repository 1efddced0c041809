import { describe, expect, it } from "vitest";
import { deputyRecipientsOf, type TLiveDelegation } from "./deputy-recipients-of";

const steps: TLiveDelegation = { principalId: "lan", deputyId: "minh", scope: "STEPS" };
const head: TLiveDelegation = { principalId: "hung", deputyId: "ha", scope: "HEAD_DECISIONS" };

describe("deputyRecipientsOf: who else hears of a notification while a delegation runs", () => {
  it.each([
    [
      "a steps deputy hears of a step handed to the principal",
      [{ kind: "STEP_ASSIGNED", userId: "lan" }],
      [steps],
      null,
      ["minh"],
    ],
    [
      "a steps deputy does not hear of a return awaiting the principal's ruling",
      [{ kind: "RETURN_AWAITING_RULING", userId: "lan" }],
      [steps],
      null,
      [],
    ],
    [
      "a head deputy hears of a return awaiting the head's ruling",
      [{ kind: "RETURN_AWAITING_RULING", userId: "hung" }],
      [head],
      null,
      ["ha"],
    ],
    [
      "a head deputy hears of an extension to decide",
      [{ kind: "EXTENSION_AWAITING", userId: "hung" }],
      [head],
      null,
      ["ha"],
    ],
    [
      "nobody but the principal hears of a signal about them",
      [{ kind: "SIGNAL_RAISED", userId: "lan" }],
      [steps],
      null,
      [],
    ],
    ["the deputy who acted is not told of it", [{ kind: "RETURN_OVERRULED", userId: "lan" }], [steps], "minh", []],
    ["another principal's delegation is not used", [{ kind: "STEP_ASSIGNED", userId: "an" }], [steps], null, []],
    [
      "a deputy already told directly is not told twice",
      [
        { kind: "STEP_TURN", userId: "lan" },
        { kind: "STEP_TURN", userId: "minh" },
      ],
      [steps],
      null,
      [],
    ],
  ] as const)("%s", (_n, recipients, delegations, actorId, expected) => {
    expect(deputyRecipientsOf(recipients, delegations, actorId).map((r) => r.userId)).toEqual(expected);
  });

  it("keeps the kind and the step of the principal's notification", () => {
    expect(deputyRecipientsOf([{ kind: "STEP_TURN", userId: "lan", stepId: "s1" }], [steps], null)).toEqual([
      { kind: "STEP_TURN", userId: "minh", stepId: "s1" },
    ]);
  });
});
