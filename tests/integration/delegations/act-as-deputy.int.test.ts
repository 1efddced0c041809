import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../../lib/domain/access/roles";
import { taskScopeWhere } from "../../../lib/server/access/task-scope";
import { createDelegation } from "../../../lib/server/delegations/create-delegation";
import { findDeputyGrants } from "../../../lib/server/delegations/find-deputy-grants";
import { revokeDelegation } from "../../../lib/server/delegations/revoke-delegation";
import { answerConsultation } from "../../../lib/server/consultations/answer-consultation";
import { decideExtension } from "../../../lib/server/steps/decide-extension";
import { requestExtension } from "../../../lib/server/steps/request-extension";
import { returnStep } from "../../../lib/server/steps/return-step";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { startStep } from "../../../lib/server/steps/start-step";
import { createConsultation } from "../../factories/create-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { refusal } from "../../support/refusal";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const afterRange = new Date("2026-11-21T03:00:00Z");
const later = new Date("2026-11-27T16:59:59.999Z");
const reason = "Không thuộc chức năng của phòng, đề nghị chuyển phòng Thu.";

/** The actor as the server builds it for a request at `at`: with the delegations live then. */
async function asOf<T extends { actor: TActor }>(person: T, at: Date): Promise<TActor> {
  return { ...person.actor, deputyFor: await findDeputyGrants(person.actor.id, at) };
}

describe("a deputy acts for the principal, on the server, within the range and the scope", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let principal: Awaited<ReturnType<typeof createUser>>;
  let stepsDeputy: Awaited<ReturnType<typeof createUser>>;
  let headDeputy: Awaited<ReturnType<typeof createUser>>;
  const stepOf = async (
    owner: { id: string; unitId: string },
    status: "TODO" | "IN_PROGRESS" | "RETURNED" = "TODO",
  ) => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId }, orderBy: { seq: "asc" } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    // In another district, so only the delegation can let the deputy see the principal's work.
    principal = await createUser(testDb.prisma, tree.units.dongDa);
    stepsDeputy = await createUser(testDb.prisma, tree.units.haiBaTrung);
    headDeputy = await createUser(testDb.prisma, tree.units.dongDa, { position: "DEPUTY_HEAD" });
    const range = { startsOn: "2026-11-18", endsOn: "2026-11-20" };
    await createDelegation(principal.actor, { deputyId: stepsDeputy.id, scope: "STEPS", ...range }, now);
    await createDelegation(
      tree.people.dongDaHead.actor,
      { deputyId: headDeputy.id, scope: "HEAD_DECISIONS", ...range },
      now,
    );
  });

  it("a steps deputy starts the principal's step: the event names the deputy as actor and the principal as on whose behalf", async () => {
    const step = await stepOf(principal);
    const written = await startStep(await asOf(stepsDeputy, now), { stepId: step.id, expectedVersion: 0 }, now);
    expect(written).toMatchObject({ status: "IN_PROGRESS", ownerId: principal.id });
    const [event] = await eventsOf(step.id);
    expect(event).toMatchObject({ kind: "STEP_STARTED", actorId: stepsDeputy.id, onBehalfOfId: principal.id });
  });

  it("an extension the deputy asks for is the principal's request, and its event says who asked for whom", async () => {
    const step = await stepOf(principal, "IN_PROGRESS");
    await requestExtension(
      await asOf(stepsDeputy, now),
      { stepId: step.id, expectedVersion: 0, requestedDeadline: "2026-12-04", reason: "Chờ số liệu của BHXH tỉnh." },
      now,
    );
    const request = await testDb.prisma.extensionRequest.findFirstOrThrow({ where: { stepId: step.id } });
    expect(request.requesterId).toBe(principal.id);
    const [event] = await eventsOf(step.id);
    expect(event).toMatchObject({ kind: "EXTENSION_REQUESTED", actorId: stepsDeputy.id, onBehalfOfId: principal.id });
  });

  it("sees the principal's tasks during the range and not after it, nor after a revocation", async () => {
    const step = await stepOf(principal);
    const visible = (actor: TActor) =>
      testDb.prisma.task.count({ where: { AND: [{ id: step.taskId }, taskScopeWhere(actor)] } });
    expect(await visible(stepsDeputy.actor)).toBe(0);
    expect(await visible(await asOf(stepsDeputy, now))).toBe(1);
    expect(await visible(await asOf(stepsDeputy, afterRange))).toBe(0);
    // Nor the rest of the principal's unit: a steps delegation is the principal's own work.
    const colleagueStep = await stepOf(tree.people.dongDaStaff);
    expect(
      await testDb.prisma.task.count({
        where: { AND: [{ id: colleagueStep.taskId }, taskScopeWhere(await asOf(stepsDeputy, now))] },
      }),
    ).toBe(0);
  });

  it.each([
    ["after the range", afterRange, "NOT_FOUND"],
    ["on a step of someone else", now, "NOT_FOUND"],
  ] as const)("refuses a steps deputy %s, writing no event", async (_n, at, code) => {
    const step = _n === "after the range" ? await stepOf(principal) : await stepOf(tree.people.dongDaStaff);
    const refused = await refusal(startStep(await asOf(stepsDeputy, at), { stepId: step.id, expectedVersion: 0 }, at));
    expect(refused.code).toBe(code);
    expect(await eventsOf(step.id)).toHaveLength(0);
  });

  it("a steps deputy of a head cannot use the head's powers: ruling a return is FORBIDDEN", async () => {
    const head = tree.people.hbtHead;
    const deputy = await createUser(testDb.prisma, tree.units.haiBaTrung);
    await createDelegation(
      head.actor,
      { deputyId: deputy.id, scope: "STEPS", startsOn: "2026-11-18", endsOn: "2026-11-18" },
      now,
    );
    const step = await stepOf(tree.people.hbtStaff, "RETURNED");
    // The deputy sees the task (it is their own unit's), but a steps delegation gives no head's power.
    const refused = await refusal(
      ruleOnReturn(await asOf(deputy, now), { stepId: step.id, expectedVersion: 0, decision: "OVERRULE", reason }, now),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(await eventsOf(step.id)).toHaveLength(0);
  });

  it("a head-decision deputy rules on a return in the head's tree, as the head's decision", async () => {
    const step = await stepOf(tree.people.dongDaStaff, "RETURNED");
    const deputy = await asOf(headDeputy, now);
    await ruleOnReturn(deputy, { stepId: step.id, expectedVersion: 0, decision: "OVERRULE", reason }, now);
    const [event] = await eventsOf(step.id);
    expect(event).toMatchObject({
      kind: "RETURN_OVERRULED",
      actorId: headDeputy.id,
      onBehalfOfId: tree.people.dongDaHead.id,
    });
    // Without the delegation the same person may not.
    const other = await stepOf(tree.people.dongDaStaff, "RETURNED");
    expect(
      (
        await refusal(
          ruleOnReturn(headDeputy.actor, { stepId: other.id, expectedVersion: 0, decision: "OVERRULE", reason }, now),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await eventsOf(other.id)).toHaveLength(0);
  });

  it("a head-decision deputy never rules on a return of their own step, nor decides an extension they asked for", async () => {
    const own = await stepOf(headDeputy, "RETURNED");
    const deputy = await asOf(headDeputy, now);
    const refused = await refusal(
      ruleOnReturn(deputy, { stepId: own.id, expectedVersion: 0, decision: "OVERRULE", reason }, now),
    );
    expect(refused.code).toBe("FORBIDDEN");
    const mine = await stepOf(headDeputy, "IN_PROGRESS");
    await requestExtension(
      deputy,
      { stepId: mine.id, expectedVersion: 0, requestedDeadline: "2026-12-04", reason: "Chờ số liệu của BHXH tỉnh." },
      now,
    );
    const request = await testDb.prisma.extensionRequest.findFirstOrThrow({ where: { stepId: mine.id } });
    const decided = await refusal(
      decideExtension(deputy, { stepId: mine.id, expectedVersion: 1, requestId: request.id, approve: true }, now),
    );
    expect(decided.code).toBe("FORBIDDEN");
  });

  it("signals hold the principal accountable: an overruled return made by a deputy is the principal's, not the deputy's", async () => {
    const step = await stepOf(principal, "IN_PROGRESS");
    const returned = await returnStep(
      await asOf(stepsDeputy, now),
      { stepId: step.id, expectedVersion: 0, reason },
      now,
    );
    await ruleOnReturn(
      tree.people.dongDaHead.actor,
      { stepId: step.id, expectedVersion: returned.version, decision: "OVERRULE", reason: "Đúng chức năng được giao." },
      now,
    );
    const signals = await testDb.prisma.signal.findMany({ where: { stepId: step.id, kind: "RETURN_OVERRULED" } });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ subjectUserId: principal.id, unitId: tree.units.dongDa.id });
    const counted = await testDb.prisma.signal.count({ where: { subjectUserId: stepsDeputy.id } });
    expect(counted).toBe(0);
  });

  it("a return awaiting the head's ruling reaches the head and the head's deputy, not the steps deputy of another", async () => {
    const step = await stepOf(tree.people.dongDaStaff, "IN_PROGRESS");
    await returnStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 0, reason }, now);
    const told = await testDb.prisma.notification.findMany({
      where: { stepId: step.id, kind: "RETURN_AWAITING_RULING" },
      select: { recipientId: true },
    });
    const ids = told.map((n) => n.recipientId);
    expect(ids).toEqual(expect.arrayContaining([tree.people.dongDaHead.id, headDeputy.id]));
    expect(ids).not.toContain(stepsDeputy.id);
    // After the range, only the head.
    const after = await stepOf(tree.people.dongDaStaff, "IN_PROGRESS");
    await returnStep(tree.people.dongDaStaff.actor, { stepId: after.id, expectedVersion: 0, reason }, afterRange);
    const later = await testDb.prisma.notification.findMany({
      where: { stepId: after.id },
      select: { recipientId: true },
    });
    expect(later.map((n) => n.recipientId)).not.toContain(headDeputy.id);
  });

  it("a steps deputy answers a consultation addressed to the principal: the answer is the principal's, the event names both", async () => {
    const asking = await stepOf(tree.people.dongDaStaff, "IN_PROGRESS");
    const asked = await createConsultation(testDb.prisma, {
      stepId: asking.id,
      requesterId: tree.people.dongDaStaff.id,
      targetUserId: principal.id,
      responseDeadline: later,
    });
    const answer = {
      consultationId: asked.id,
      position: "AGREE" as const,
      answer: "Thống nhất với dự thảo, đề nghị bổ sung số liệu quý IV.",
    };
    await answerConsultation(await asOf(stepsDeputy, now), answer, now);
    const row = await testDb.prisma.consultation.findUniqueOrThrow({ where: { id: asked.id } });
    expect(row.answeredById).toBe(principal.id);
    const [event] = await testDb.prisma.event.findMany({ where: { consultationId: asked.id } });
    expect(event).toMatchObject({ kind: "CONSULTATION_ANSWERED", actorId: stepsDeputy.id, onBehalfOfId: principal.id });
    // Not without the delegation, nor a question addressed to someone else.
    const other = await createConsultation(testDb.prisma, {
      stepId: asking.id,
      requesterId: tree.people.dongDaStaff.id,
      targetUserId: tree.people.dongDaHead.id,
      responseDeadline: later,
    });
    const refused = await refusal(
      answerConsultation(await asOf(stepsDeputy, now), { ...answer, consultationId: other.id }, now),
    );
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(refused.code);
    expect(await testDb.prisma.event.count({ where: { consultationId: other.id } })).toBe(0);
  });

  it("a revoked delegation lets the deputy act no more, from the next request", async () => {
    const deputy = await createUser(testDb.prisma, tree.units.haiBaTrung);
    const p = await createUser(testDb.prisma, tree.units.dongDa);
    const made = await createDelegation(
      p.actor,
      { deputyId: deputy.id, scope: "STEPS", startsOn: "2026-11-18", endsOn: "2026-11-30" },
      now,
    );
    const step = await stepOf(p);
    await revokeDelegation(p.actor, { delegationId: made.id }, now);
    expect((await refusal(startStep(await asOf(deputy, now), { stepId: step.id, expectedVersion: 0 }, now))).code).toBe(
      "NOT_FOUND",
    );
    expect(await eventsOf(step.id)).toHaveLength(0);
  });
});
