import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { requestConsultation } from "../../../lib/server/consultations/request-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const question = "Đề nghị cho ý kiến về số liệu nợ đóng BHXH quý III.";
const responseDeadline = "2026-11-21"; // what a date field sends
type TStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";

describe("requestConsultation", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let retired: Awaited<ReturnType<typeof createUser>>;
  const newStep = async (status: TStatus = "IN_PROGRESS") => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status }],
    });
    return task.steps[0];
  };
  const eventsOf = (stepId: string) => testDb.prisma.event.findMany({ where: { stepId } });
  const expectNothingWritten = async (stepId: string) => {
    expect(await testDb.prisma.consultation.count({ where: { stepId } })).toBe(0);
    expect(await eventsOf(stepId)).toHaveLength(0);
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: stepId } })).version).toBe(0);
  };

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    retired = await createUser(testDb.prisma, tree.units.daNang, { isActive: false });
  });

  it("asks a person in another province until the end of the chosen day, with one CONSULTATION_REQUESTED event", async () => {
    const step = await newStep();
    const owner = tree.people.dongDaStaff;
    const target = tree.people.daNangStaff;
    const consultation = await requestConsultation(
      owner.actor,
      { stepId: step.id, expectedVersion: 0, targetUserId: target.id, question, responseDeadline },
      now,
    );
    expect(consultation).toMatchObject({
      stepId: step.id,
      requesterId: owner.id,
      targetUserId: target.id,
      targetUnitId: null,
      question,
      responseDeadline: endOfLocalDay("2026-11-21"),
      answeredAt: null,
    });
    expect((await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: step.id } })).version).toBe(1);
    const events = await eventsOf(step.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "CONSULTATION_REQUESTED",
      actorId: owner.id,
      taskId: step.taskId,
      consultationId: consultation.id,
      payload: {
        targetUserId: target.id,
        targetUnitId: null,
        responseDeadline: endOfLocalDay("2026-11-21").toISOString(),
      },
    });
  });

  it("asks a unit", async () => {
    const step = await newStep("TODO");
    const consultation = await requestConsultation(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, targetUnitId: tree.units.daNang.id, question, responseDeadline },
      now,
    );
    expect(consultation).toMatchObject({ targetUnitId: tree.units.daNang.id, targetUserId: null });
  });

  it.each([
    ["the head (only the owner asks)", "FORBIDDEN", "IN_PROGRESS", 0, () => tree.people.dongDaHead.actor],
    ["staff of a sibling district", "NOT_FOUND", "IN_PROGRESS", 0, () => tree.people.hbtStaff.actor],
    ["a step not yet reached", "INVALID_STATE", "PENDING", 0, () => tree.people.dongDaStaff.actor],
    ["a completed step", "INVALID_STATE", "DONE", 0, () => tree.people.dongDaStaff.actor],
    ["a stale version", "CONFLICT", "IN_PROGRESS", 2, () => tree.people.dongDaStaff.actor],
  ] as const)("refuses %s and writes nothing", async (_label, code, status, expectedVersion, who) => {
    const step = await newStep(status);
    const attempt = requestConsultation(
      who(),
      { stepId: step.id, expectedVersion, targetUnitId: tree.units.daNang.id, question, responseDeadline },
      now,
    );
    await expect(attempt).rejects.toMatchObject({ code });
    await expectNothingWritten(step.id);
  });

  it.each([
    ["an unknown unit", "targetUnitId", () => ({ targetUnitId: randomUUID() })],
    ["an unknown person", "targetUserId", () => ({ targetUserId: randomUUID() })],
    ["a person who has left", "targetUserId", () => ({ targetUserId: retired.id })],
    ["oneself", "targetUserId", () => ({ targetUserId: tree.people.dongDaStaff.id })],
    ["nobody", "targetUserId", () => ({})],
    [
      "a deadline already past",
      "responseDeadline",
      () => ({ targetUnitId: tree.units.daNang.id, responseDeadline: "2026-11-17" }),
    ],
  ] as const)("refuses to ask %s, pointing at the field", async (_label, field, target) => {
    const step = await newStep();
    const attempt = requestConsultation(
      tree.people.dongDaStaff.actor,
      { stepId: step.id, expectedVersion: 0, question, responseDeadline, ...target() },
      now,
    );
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { [field]: [expect.any(String)] },
    });
    await expectNothingWritten(step.id);
  });
});
