import { beforeAll, describe, expect, it } from "vitest";
import { recordTaskEvent } from "../../../lib/server/events/record-task-event";
import { writeTaskChange } from "../../../lib/server/events/write-task-change";
import { completeStep } from "../../../lib/server/steps/complete-step";
import { decideExtension } from "../../../lib/server/steps/decide-extension";
import { escalateStep } from "../../../lib/server/steps/escalate-step";
import { reassignStep } from "../../../lib/server/steps/reassign-step";
import { requestExtension } from "../../../lib/server/steps/request-extension";
import { returnStep } from "../../../lib/server/steps/return-step";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { answerSignal } from "../../../lib/server/signals/answer-signal";
import { reviewSignalAnswer } from "../../../lib/server/signals/review-signal-answer";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { told } from "./told";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Nội dung này không thuộc thẩm quyền của tôi.";

type TTree = Awaited<ReturnType<typeof createUnitTree>>;

describe("step events notify the people they concern, never the actor", () => {
  let tree: TTree;
  let staff: TTree["people"]["dongDaStaff"];
  let head: TTree["people"]["dongDaHead"];

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    staff = tree.people.dongDaStaff;
    head = tree.people.dongDaHead;
  });

  const newTask = (owners: { id: string; unitId: string }[], status: "TODO" | "IN_PROGRESS" = "IN_PROGRESS") =>
    createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: head.id,
      steps: owners.map((owner, i) => ({ owner, deadline: later, status: i === 0 ? status : "PENDING" })),
    });

  it("a return goes to the unit's head for a ruling; the ruling goes back to who returned it, with the signal", async () => {
    const task = await newTask([staff]);
    const step = task.steps[0];
    await returnStep(staff.actor, { stepId: step.id, expectedVersion: 0, reason }, now);
    expect(await told(head.id)).toEqual([
      expect.objectContaining({ kind: "RETURN_AWAITING_RULING", stepId: step.id, actorId: staff.id }),
    ]);
    expect(await told(staff.id)).toEqual([]);

    await ruleOnReturn(head.actor, { stepId: step.id, expectedVersion: 1, decision: "OVERRULE", reason }, now);
    const staffTold = await told(staff.id);
    expect(staffTold.map((n) => n.kind).sort()).toEqual(["RETURN_OVERRULED", "SIGNAL_RAISED"]);
    const raised = staffTold.find((n) => n.kind === "SIGNAL_RAISED");
    expect(raised).toMatchObject({ stepId: step.id, actorId: null, eventId: null });
    expect(raised?.signalId).toBeTruthy();
    expect(await told(head.id)).toHaveLength(1);

    // The person's answer to that signal, reviewed by the head: the person hears the verdict.
    const signalId = raised?.signalId as string;
    await answerSignal(
      staff.actor,
      { signalId, explanation: "Hồ sơ đến muộn do đơn vị khác chuyển chậm ba ngày." },
      now,
    );
    expect(await told(head.id)).toHaveLength(1);
    await reviewSignalAnswer(head.actor, { signalId, accept: true }, now);
    expect((await told(staff.id)).map((n) => n.kind)).toContain("SIGNAL_ANSWER_ACCEPTED");
  });

  it("a head's own return goes to the head above, not to themselves", async () => {
    const task = await newTask([head]);
    await returnStep(head.actor, { stepId: task.steps[0].id, expectedVersion: 0, reason }, now);
    expect(await told(tree.people.hanoiHead.id)).toEqual([
      expect.objectContaining({ kind: "RETURN_AWAITING_RULING", stepId: task.steps[0].id }),
    ]);
    expect((await told(head.id)).filter((n) => n.stepId === task.steps[0].id)).toEqual([]);
  });

  it("an upheld return tells who returned it and who takes the step", async () => {
    const colleague = await createUser(testDb.prisma, tree.units.dongDa, { roles: ["STAFF"] });
    const task = await newTask([staff]);
    const step = task.steps[0];
    await returnStep(staff.actor, { stepId: step.id, expectedVersion: 0, reason }, now);
    await ruleOnReturn(
      head.actor,
      { stepId: step.id, expectedVersion: 1, decision: "UPHOLD", newOwnerId: colleague.id, reason },
      now,
    );
    expect((await told(staff.id)).filter((n) => n.stepId === step.id).map((n) => n.kind)).toEqual(["RETURN_UPHELD"]);
    expect(await told(colleague.id)).toEqual([expect.objectContaining({ kind: "STEP_ASSIGNED", stepId: step.id })]);
  });

  it("an extension asked goes to the head; the decision goes to who asked", async () => {
    const task = await newTask([staff]);
    const step = task.steps[0];
    const request = await requestExtension(
      staff.actor,
      { stepId: step.id, expectedVersion: 0, requestedDeadline: "2026-11-30", reason },
      now,
    );
    expect((await told(head.id)).filter((n) => n.stepId === step.id)).toEqual([
      expect.objectContaining({ kind: "EXTENSION_AWAITING", stepId: step.id }),
    ]);
    await decideExtension(
      head.actor,
      { stepId: step.id, expectedVersion: 1, requestId: request.id, approve: false },
      now,
    );
    expect((await told(staff.id)).filter((n) => n.stepId === step.id)).toEqual([
      expect.objectContaining({ kind: "EXTENSION_REJECTED", stepId: step.id, actorId: head.id }),
    ]);
  });

  it("a reassignment tells the new owner; completing a step tells the next owner it is their turn", async () => {
    const other = await createUser(testDb.prisma, tree.units.dongDa, { roles: ["STAFF"] });
    const task = await newTask([staff, head]);
    const [first, second] = task.steps;
    await reassignStep(head.actor, { stepId: second.id, expectedVersion: 0, newOwnerId: other.id, reason }, now);
    expect(await told(other.id)).toEqual([expect.objectContaining({ kind: "STEP_ASSIGNED", stepId: second.id })]);
    await completeStep(staff.actor, { stepId: first.id, expectedVersion: 0, result: "Đã xử lý xong." }, now);
    expect((await told(other.id)).map((n) => [n.kind, n.stepId]).sort()).toEqual([
      ["STEP_ASSIGNED", second.id],
      ["STEP_TURN", second.id],
    ]);
    // Completing the last step reaches nobody.
    expect(await told(staff.id)).not.toContainEqual(expect.objectContaining({ kind: "STEP_TURN" }));
  });

  it("an escalation reaches the heads of the unit above", async () => {
    const task = await newTask([staff]);
    await escalateStep(staff.actor, { stepId: task.steps[0].id, expectedVersion: 0, reason }, now);
    expect((await told(tree.people.hanoiHead.id)).filter((n) => n.stepId === task.steps[0].id)).toEqual([
      expect.objectContaining({ kind: "ESCALATION_RECEIVED", actorId: staff.id }),
    ]);
  });

  it("a refused action and a rolled-back one write no notification", async () => {
    const task = await newTask([staff]);
    const step = task.steps[0];
    const count = () => testDb.prisma.notification.count({ where: { stepId: step.id } });
    // Out of scope: Đà Nẵng's staff cannot return Đống Đa's step.
    await expect(
      returnStep(tree.people.daNangStaff.actor, { stepId: step.id, expectedVersion: 0, reason }, now),
    ).rejects.toMatchObject({ code: expect.any(String) });
    // A stale version is refused too.
    await expect(returnStep(staff.actor, { stepId: step.id, expectedVersion: 7, reason }, now)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The event and its notification are written, then the transaction fails: both go.
    await expect(
      writeTaskChange(now, async (tx) => {
        await recordTaskEvent(tx, {
          kind: "STEP_RETURNED",
          actorId: staff.id,
          at: now,
          taskId: task.id,
          stepId: step.id,
          payload: { from: staff.id, fromUnitId: staff.unitId },
          reason,
        });
        expect(await tx.notification.count({ where: { stepId: step.id } })).toBe(1);
        throw new Error("a later write failed");
      }),
    ).rejects.toThrow("a later write failed");
    expect(await count()).toBe(0);
    expect(await testDb.prisma.event.count({ where: { stepId: step.id } })).toBe(0);
  });
});
