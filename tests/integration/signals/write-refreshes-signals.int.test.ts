import { beforeAll, describe, expect, it } from "vitest";
import { returnStep } from "../../../lib/server/steps/return-step";
import { ruleOnReturn } from "../../../lib/server/steps/rule-on-return";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("a write refreshes its task's signals in the same transaction", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("flags a step bounced A→B→A the moment the head hands it back", async () => {
    const { dongDaStaff, hbtStaff, hanoiHead } = tree.people;
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: hanoiHead.id,
      steps: [{ owner: dongDaStaff, deadline: new Date("2026-12-20T16:59:59Z"), status: "IN_PROGRESS" }],
    });
    const stepId = task.steps[0].id;
    const reason = "Không thuộc thẩm quyền của đơn vị tôi, đề nghị giao đơn vị khác.";
    const version = async () => (await testDb.prisma.taskStep.findUniqueOrThrow({ where: { id: stepId } })).version;
    await returnStep(dongDaStaff.actor, { stepId, expectedVersion: await version(), reason }, later(1));
    await ruleOnReturn(
      hanoiHead.actor,
      {
        stepId,
        expectedVersion: await version(),
        decision: "UPHOLD",
        newOwnerId: hbtStaff.id,
        reason: "Chuyển Hai Bà Trưng xử lý.",
      },
      later(2),
    );
    await returnStep(hbtStaff.actor, { stepId, expectedVersion: await version(), reason }, later(3));
    await ruleOnReturn(
      hanoiHead.actor,
      {
        stepId,
        expectedVersion: await version(),
        decision: "UPHOLD",
        newOwnerId: dongDaStaff.id,
        reason: "Trả lại Đống Đa.",
      },
      later(4),
    );

    const signals = await testDb.prisma.signal.findMany({
      where: { taskId: task.id, kind: "PING_PONG", resolvedAt: null },
    });
    expect(signals).toHaveLength(1);
    expect(signals[0].subjectUserId).toBe(hbtStaff.id);
    expect(signals[0].explanation.length).toBeGreaterThan(20);

    // The loop names both people with their units and both units, not only the last holder's.
    const { dongDa, haiBaTrung: hbt } = tree.units;
    const handovers = await testDb.prisma.event.findMany({
      where: { stepId, kind: "RETURN_UPHELD" },
      orderBy: { seq: "asc" },
    });
    expect(signals[0].loop).toEqual({
      people: [
        { id: dongDaStaff.id, name: dongDaStaff.name, unitId: dongDa.id, unitName: dongDa.name },
        { id: hbtStaff.id, name: hbtStaff.name, unitId: hbt.id, unitName: hbt.name },
      ],
      units: [
        { id: dongDa.id, name: dongDa.name },
        { id: hbt.id, name: hbt.name },
      ],
      handovers: handovers.map((e) =>
        expect.objectContaining({
          eventId: e.id,
          seq: e.seq,
          at: e.at.toISOString(),
          kind: "RETURN_UPHELD",
          actorId: hanoiHead.id,
        }),
      ),
    });
    for (const text of [
      `${dongDaStaff.name} (${dongDa.name})`,
      `${hbtStaff.name} (${hbt.name})`,
      ...handovers.map((e) => `sự kiện #${e.seq}`),
    ]) {
      expect(signals[0].explanation).toContain(text);
    }
  });
});
