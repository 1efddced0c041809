import { beforeAll, describe, expect, it } from "vitest";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Đúng chức năng, nhiệm vụ của phòng Thu.";
type TStatus = "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";

describe("ruleOnReturn", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  const newStep = async (
    status: TStatus = "RETURNED",
    owner: { id: string; unitId: string } = tree.people.dongDaStaff,
  ) => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const stepRow = (id: string) => testDb.prisma.taskStep.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    colleague = await createUser(testDb.prisma, tree.units.dongDa);
  });

  it("upholds the return: the named person takes the step as TODO, with one RETURN_UPHELD event", async () => {
    const step = await newStep();
    const head = tree.people.dongDaHead;
    const updated = await ruleOnReturn(
      head.actor,
      { stepId: step.id, expectedVersion: 0, decision: "UPHOLD", newOwnerId: colleague.id, reason },
      now,
    );
    expect(updated).toMatchObject({ status: "TODO", ownerId: colleague.id, unitId: tree.units.dongDa.id, version: 1 });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "RETURN_UPHELD",
      actorId: head.id,
      reason,
      payload: {
        from: tree.people.dongDaStaff.id,
        to: colleague.id,
        fromUnitId: tree.units.dongDa.id,
        toUnitId: tree.units.dongDa.id,
      },
    });
  });

  it("overrules the return: the step goes back to the same owner as TODO, with one RETURN_OVERRULED event", async () => {
    const step = await newStep();
    const updated = await ruleOnReturn(
      tree.people.hanoiHead.actor,
      { stepId: step.id, expectedVersion: 0, decision: "OVERRULE", reason },
      now,
    );
    expect(updated).toMatchObject({ status: "TODO", ownerId: tree.people.dongDaStaff.id, version: 1 });
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "RETURN_OVERRULED",
      actorId: tree.people.hanoiHead.id,
      reason,
      payload: { returnedBy: tree.people.dongDaStaff.id },
    });
  });

  it.each([
    ["staff (the owner)", "FORBIDDEN", "RETURNED", 0, () => tree.people.dongDaStaff.actor],
    ["the head of a sibling district", "NOT_FOUND", "RETURNED", 0, () => tree.people.hbtHead.actor],
    ["a step that was not returned", "INVALID_STATE", "IN_PROGRESS", 0, () => tree.people.dongDaHead.actor],
    ["a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaHead.actor],
    ["a stale version", "CONFLICT", "RETURNED", 1, () => tree.people.dongDaHead.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    await expect(
      ruleOnReturn(who(), { stepId: step.id, expectedVersion, decision: "OVERRULE", reason }, now),
    ).rejects.toMatchObject({ code });
    expect(await stepRow(step.id)).toMatchObject({ status, version: 0 });
    expect(await eventsOf(step.id)).toHaveLength(0);
  });

  it.each([
    ["someone outside the head's unit", () => tree.people.hbtStaff.id],
    ["the person who returned it", () => tree.people.dongDaStaff.id],
    ["nobody", () => undefined],
  ])("refuses to uphold a return in favour of %s", async (_label, newOwnerId) => {
    const step = await newStep();
    const attempt = ruleOnReturn(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, decision: "UPHOLD", newOwnerId: newOwnerId(), reason },
      now,
    );
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { newOwnerId: [expect.any(String)] },
    });
    expect(await stepRow(step.id)).toMatchObject({
      status: "RETURNED",
      ownerId: tree.people.dongDaStaff.id,
      version: 0,
    });
    expect(await eventsOf(step.id)).toHaveLength(0);
  });

  it("does not let a head rule on their own return, but the head above may", async () => {
    const step = await newStep("RETURNED", tree.people.dongDaHead);
    const own = ruleOnReturn(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: 0, decision: "OVERRULE", reason },
      now,
    );
    await expect(own).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await eventsOf(step.id)).toHaveLength(0);
    await ruleOnReturn(
      tree.people.hanoiHead.actor,
      { stepId: step.id, expectedVersion: 0, decision: "OVERRULE", reason },
      now,
    );
    expect(await stepRow(step.id)).toMatchObject({ status: "TODO", ownerId: tree.people.dongDaHead.id });
  });
});
