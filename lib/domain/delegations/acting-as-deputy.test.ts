import { describe, expect, it } from "vitest";
import { canViewTask, type TTaskReach } from "../access/can-view-task";
import type { TActor } from "../access/roles";
import { allowedStepActions } from "../workflow/allowed-step-actions";
import { canPerformStepAction, type TStepForRules } from "../workflow/can-perform-step-action";
import type { TDeputyGrant } from "./deputy-grant";

const now = new Date("2026-11-18T03:00:00Z");
const head: TActor = { id: "head", unitId: "hn", unitPath: "/vn/hn/", roles: ["STAFF", "UNIT_HEAD"] };
const lan: TActor = { id: "lan", unitId: "dd", unitPath: "/vn/hn/dd/", roles: ["STAFF"] };
const grant = (principal: TActor, scope: TDeputyGrant["scope"]): TDeputyGrant => ({
  delegationId: `d-${principal.id}`,
  scope,
  principal,
  principalName: principal.id,
  endsOn: "2026-11-20",
});
const deputy = (...grants: TDeputyGrant[]): TActor => ({
  id: "minh",
  unitId: "dn",
  unitPath: "/vn/dn/",
  roles: ["STAFF"],
  deputyFor: grants,
});
const step = (ownerId: string, status: TStepForRules["status"]): TStepForRules => ({
  ownerId,
  unitPath: "/vn/hn/dd/",
  status,
  deadline: new Date("2026-11-27T16:59:59Z"),
});

describe("canPerformStepAction for a deputy", () => {
  it.each([
    ["a steps deputy starts the principal's step", deputy(grant(lan, "STEPS")), step("lan", "TODO"), "start", "lan"],
    ["a steps deputy returns it", deputy(grant(lan, "STEPS")), step("lan", "IN_PROGRESS"), "return", "lan"],
    [
      "a head deputy rules on a return in the tree",
      deputy(grant(head, "HEAD_DECISIONS")),
      step("lan", "RETURNED"),
      "rule",
      "head",
    ],
    [
      "a head deputy decides an extension",
      deputy(grant(head, "HEAD_DECISIONS")),
      step("lan", "TODO"),
      "decide-extension",
      "head",
    ],
    [
      "a head deputy acts on the head's own step",
      deputy(grant(head, "HEAD_DECISIONS")),
      step("head", "TODO"),
      "complete",
      "head",
    ],
  ] as const)("%s, on the principal's behalf", (_n, actor, s, action, principalId) => {
    const ruling = canPerformStepAction(actor, s, action, now);
    expect(ruling.ok && ruling.onBehalfOf?.id).toBe(principalId);
  });

  it.each([
    [
      "a steps deputy of a head may not rule",
      deputy(grant(head, "STEPS")),
      step("lan", "RETURNED"),
      "rule",
      "FORBIDDEN",
    ],
    [
      "a steps deputy of a head may not reassign",
      deputy(grant(head, "STEPS")),
      step("lan", "TODO"),
      "reassign",
      "FORBIDDEN",
    ],
    [
      "a steps deputy may not start someone else's step",
      deputy(grant(lan, "STEPS")),
      step("an", "TODO"),
      "start",
      "FORBIDDEN",
    ],
    [
      "the principal's rule on state still holds",
      deputy(grant(lan, "STEPS")),
      step("lan", "DONE"),
      "complete",
      "INVALID_STATE",
    ],
    ["nobody without a grant", deputy(), step("lan", "TODO"), "start", "FORBIDDEN"],
  ] as const)("%s", (_n, actor, s, action, code) => {
    expect(canPerformStepAction(actor, s, action, now)).toMatchObject({ ok: false, code });
  });

  it("acting in one's own right names no principal", () => {
    expect(canPerformStepAction(lan, step("lan", "TODO"), "start", now)).toEqual({ ok: true, onBehalfOf: null });
  });

  it("the buttons a deputy sees are the principal's", () => {
    expect(allowedStepActions(deputy(grant(head, "HEAD_DECISIONS")), step("lan", "RETURNED"), now)).toEqual(
      expect.arrayContaining(["rule", "escalate"]),
    );
    expect(allowedStepActions(deputy(grant(lan, "STEPS")), step("lan", "RETURNED"), now)).toEqual([]);
  });
});

describe("canViewTask for a deputy", () => {
  const reach = (over: Partial<TTaskReach> = {}): TTaskReach => ({
    leadUnitPath: "/vn/hn/dd/",
    coordinatingUnitPaths: [],
    stepUnitPaths: ["/vn/hn/dd/"],
    stepOwnerIds: ["an"],
    consultedUserIds: [],
    consultedUnitPaths: [],
    ...over,
  });
  it.each([
    [
      "a steps deputy sees a task where the principal owns a step",
      deputy(grant(lan, "STEPS")),
      reach({ stepOwnerIds: ["lan"] }),
      true,
    ],
    [
      "and one where the principal was consulted",
      deputy(grant(lan, "STEPS")),
      reach({ consultedUserIds: ["lan"] }),
      true,
    ],
    ["but not the rest of the principal's unit", deputy(grant(lan, "STEPS")), reach(), false],
    ["a head deputy sees the head's tree", deputy(grant(head, "HEAD_DECISIONS")), reach(), true],
    ["without a grant, nothing of another province", deputy(), reach({ stepOwnerIds: ["lan"] }), false],
  ] as const)("%s", (_n, actor, task, expected) => {
    expect(canViewTask(actor, task)).toBe(expected);
  });
});
