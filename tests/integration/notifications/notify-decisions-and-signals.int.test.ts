import { beforeAll, describe, expect, it } from "vitest";
import { refreshTaskSignals } from "../../../lib/server/signals/refresh-task-signals";
import { answerSignal } from "../../../lib/server/signals/answer-signal";
import { reviewSignalAnswer } from "../../../lib/server/signals/review-signal-answer";
import { decideExtension } from "../../../lib/server/steps/decide-extension";
import { requestExtension } from "../../../lib/server/steps/request-extension";
import { returnStep } from "../../../lib/server/steps/return-step";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { told } from "./told";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const reason = "Nội dung này không thuộc thẩm quyền của tôi.";

type TTree = Awaited<ReturnType<typeof createUnitTree>>;

describe("decisions and signals raised with nobody acting", () => {
  let tree: TTree;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("an approved extension tells who asked; a refused explanation tells the person it is about", async () => {
    const { dongDaStaff: staff, dongDaHead: head } = tree.people;
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: head.id,
      steps: [{ owner: staff, deadline: later, status: "IN_PROGRESS" }],
    });
    const step = task.steps[0];
    const request = await requestExtension(
      staff.actor,
      { stepId: step.id, expectedVersion: 0, requestedDeadline: "2026-11-30", reason },
      now,
    );
    await decideExtension(
      head.actor,
      { stepId: step.id, expectedVersion: 1, requestId: request.id, approve: true },
      now,
    );
    expect((await told(staff.id)).map((n) => n.kind)).toEqual(["EXTENSION_APPROVED"]);

    await returnStep(staff.actor, { stepId: step.id, expectedVersion: 2, reason }, now);
    await ruleOnReturn(head.actor, { stepId: step.id, expectedVersion: 3, decision: "OVERRULE", reason }, now);
    const signalId = (await told(staff.id)).find((n) => n.kind === "SIGNAL_RAISED")?.signalId as string;
    await answerSignal(
      staff.actor,
      { signalId, explanation: "Hồ sơ đến muộn do đơn vị khác chuyển chậm ba ngày." },
      now,
    );
    await reviewSignalAnswer(
      head.actor,
      { signalId, accept: false, note: "Không có căn cứ về việc chuyển chậm." },
      now,
    );
    expect(
      (await told(staff.id))
        .filter((n) => n.signalId === signalId)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(["SIGNAL_ANSWER_REJECTED", "SIGNAL_RAISED"]);
  });

  it("a signal the sweep raises as time passes (no actor) tells the person it is about", async () => {
    const staff = tree.people.hbtStaff;
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.haiBaTrung.id,
      assignerId: tree.people.hbtHead.id,
      steps: [{ owner: staff, deadline: new Date("2026-11-10T16:59:59.999Z"), status: "IN_PROGRESS" }],
    });
    await refreshTaskSignals(testDb.prisma, [task.id], now);
    const raised = (await told(staff.id)).filter((n) => n.kind === "SIGNAL_RAISED");
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((n) => n.actorId === null && n.eventId === null && n.signalId)).toBe(true);
    // Refreshed again, nothing new is raised, so nothing new is told.
    await refreshTaskSignals(testDb.prisma, [task.id], now);
    expect((await told(staff.id)).filter((n) => n.kind === "SIGNAL_RAISED")).toHaveLength(raised.length);
  });
});
