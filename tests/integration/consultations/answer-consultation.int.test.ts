import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { answerConsultation } from "../../../lib/server/consultations/answer-consultation";
import { createConsultation } from "../../factories/create-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const answer = "Thống nhất số liệu, đề nghị bổ sung phụ lục 2.";

describe("answerConsultation", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let daNangColleague: Awaited<ReturnType<typeof createUser>>;
  let daNangRetired: Awaited<ReturnType<typeof createUser>>;
  const db = () => testDb.prisma;
  const newConsultation = async (
    target: { targetUserId?: string; targetUnitId?: string },
    responseDeadline = endOfLocalDay("2026-11-20"),
  ) => {
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: endOfLocalDay("2026-11-25"), status: "IN_PROGRESS" }],
    });
    return createConsultation(db(), {
      stepId: task.steps[0].id,
      requesterId: tree.people.dongDaStaff.id,
      responseDeadline,
      ...target,
    });
  };
  const eventsOf = (consultationId: string) => db().event.findMany({ where: { consultationId } });
  const row = (id: string) => db().consultation.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    tree = await createUnitTree(db());
    daNangColleague = await createUser(db(), tree.units.daNang);
    daNangRetired = await createUser(db(), tree.units.daNang, { isActive: false });
  });

  it("lets the consulted person, who cannot otherwise see the task, answer with a position and one CONSULTATION_ANSWERED event", async () => {
    const target = tree.people.daNangStaff;
    const c = await newConsultation({ targetUserId: target.id });
    const answered = await answerConsultation(
      target.actor,
      { consultationId: c.id, position: "AGREE_WITH_COMMENTS", answer },
      now,
    );
    expect(answered).toMatchObject({
      answer,
      position: "AGREE_WITH_COMMENTS",
      answeredById: target.id,
      answeredAt: now,
    });
    const events = await eventsOf(c.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "CONSULTATION_ANSWERED",
      actorId: target.id,
      stepId: c.stepId,
      payload: { position: "AGREE_WITH_COMMENTS", late: false },
      reason: null,
    });
  });

  it("records an answer after the response deadline as late", async () => {
    const c = await newConsultation({ targetUserId: tree.people.daNangStaff.id }, endOfLocalDay("2026-11-17"));
    await answerConsultation(
      tree.people.daNangStaff.actor,
      { consultationId: c.id, position: "DISAGREE", answer },
      now,
    );
    expect((await eventsOf(c.id))[0].payload).toEqual({ position: "DISAGREE", late: true });
  });

  it("lets any active member of a consulted unit answer", async () => {
    const c = await newConsultation({ targetUnitId: tree.units.daNang.id });
    await answerConsultation(daNangColleague.actor, { consultationId: c.id, position: "AGREE", answer }, now);
    expect(await row(c.id)).toMatchObject({ answeredById: daNangColleague.id });
  });

  it.each([
    [
      "someone who cannot see the task",
      "NOT_FOUND",
      () => ({ targetUserId: tree.people.daNangStaff.id }),
      () => tree.people.hbtStaff.actor,
    ],
    [
      "a colleague of the requester who was not asked",
      "FORBIDDEN",
      () => ({ targetUserId: tree.people.daNangStaff.id }),
      () => tree.people.dongDaHead.actor,
    ],
    [
      "another member of the unit when one person was asked (the task stays out of their sight)",
      "NOT_FOUND",
      () => ({ targetUserId: tree.people.daNangStaff.id }),
      () => daNangColleague.actor,
    ],
    [
      "a member of the consulted unit who has left",
      "FORBIDDEN",
      () => ({ targetUnitId: tree.units.daNang.id }),
      () => daNangRetired.actor,
    ],
    [
      "the requester, answering their own question",
      "FORBIDDEN",
      () => ({ targetUnitId: tree.units.dongDa.id }),
      () => tree.people.dongDaStaff.actor,
    ],
  ] as const)("refuses %s and writes nothing", async (_label, code, target, who) => {
    const c = await newConsultation(target());
    await expect(
      answerConsultation(who(), { consultationId: c.id, position: "AGREE", answer }, now),
    ).rejects.toMatchObject({ code });
    expect(await row(c.id)).toMatchObject({ answeredAt: null, answer: null });
    expect(await eventsOf(c.id)).toHaveLength(0);
  });

  it("refuses a second answer", async () => {
    const c = await newConsultation({ targetUnitId: tree.units.daNang.id });
    await answerConsultation(daNangColleague.actor, { consultationId: c.id, position: "AGREE", answer }, now);
    const again = answerConsultation(
      tree.people.daNangStaff.actor,
      { consultationId: c.id, position: "DISAGREE", answer },
      now,
    );
    await expect(again).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await row(c.id)).toMatchObject({ answeredById: daNangColleague.id, position: "AGREE" });
    expect(await eventsOf(c.id)).toHaveLength(1);
  });

  it("keeps exactly one of two simultaneous answers", async () => {
    const c = await newConsultation({ targetUnitId: tree.units.daNang.id });
    const results = await Promise.allSettled([
      answerConsultation(daNangColleague.actor, { consultationId: c.id, position: "AGREE", answer }, now),
      answerConsultation(tree.people.daNangStaff.actor, { consultationId: c.id, position: "DISAGREE", answer }, now),
    ]);
    const won = results.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<
      Awaited<ReturnType<typeof answerConsultation>>
    >[];
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|INVALID_STATE/) });
    expect(await row(c.id)).toMatchObject({ answeredById: won[0].value.answeredById, position: won[0].value.position });
    const events = await eventsOf(c.id);
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(won[0].value.answeredById);
  });
});
