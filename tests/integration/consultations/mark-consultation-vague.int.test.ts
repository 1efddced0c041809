import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { markConsultationVague } from "../../../lib/server/consultations/mark-consultation-vague";
import { createConsultation } from "../../factories/create-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const reason = "Trả lời chung chung, không nêu rõ đồng ý hay không.";

describe("markConsultationVague", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const db = () => testDb.prisma;
  const newConsultation = async (opts: { answered?: boolean; isVague?: boolean } = {}) => {
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: endOfLocalDay("2026-11-25"), status: "IN_PROGRESS" }],
    });
    return createConsultation(db(), {
      stepId: task.steps[0].id,
      requesterId: tree.people.dongDaStaff.id,
      targetUserId: tree.people.daNangStaff.id,
      responseDeadline: endOfLocalDay("2026-11-20"),
      answer:
        opts.answered === false
          ? undefined
          : { byId: tree.people.daNangStaff.id, at: new Date("2026-11-17T03:00:00Z"), text: "Cơ bản thống nhất." },
      isVague: opts.isVague,
    });
  };
  const eventsOf = (consultationId: string) => db().event.findMany({ where: { consultationId } });
  const row = (id: string) => db().consultation.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("lets the requester mark the answer vague, with one CONSULTATION_MARKED_VAGUE event naming who answered", async () => {
    const c = await newConsultation();
    const requester = tree.people.dongDaStaff;
    const marked = await markConsultationVague(requester.actor, { consultationId: c.id, reason }, now);
    expect(marked).toMatchObject({ isVague: true, vagueReason: reason, markedVagueAt: now });
    const events = await eventsOf(c.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "CONSULTATION_MARKED_VAGUE",
      actorId: requester.id,
      stepId: c.stepId,
      reason,
      payload: { answeredById: tree.people.daNangStaff.id },
    });
  });

  it.each([
    ["the head of the requester's unit", "FORBIDDEN", {}, () => tree.people.dongDaHead.actor],
    ["the person who answered", "FORBIDDEN", {}, () => tree.people.daNangStaff.actor],
    ["someone who cannot see the task", "NOT_FOUND", {}, () => tree.people.hbtStaff.actor],
    ["a consultation not answered yet", "INVALID_STATE", { answered: false }, () => tree.people.dongDaStaff.actor],
    ["an answer already marked vague", "INVALID_STATE", { isVague: true }, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, opts, who) => {
    const c = await newConsultation(opts);
    await expect(markConsultationVague(who(), { consultationId: c.id, reason }, now)).rejects.toMatchObject({ code });
    expect(await row(c.id)).toMatchObject({ markedVagueAt: null });
    expect(await eventsOf(c.id)).toHaveLength(0);
  });
});
