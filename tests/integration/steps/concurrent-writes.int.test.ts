import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { answerConsultation } from "../../../lib/server/consultations/answer-consultation";
import { writeTaskChange } from "../../../lib/server/events/write-task-change";
import { loadSignalInput } from "../../../lib/server/signals/load-signal-input";
import { completeStep } from "../../../lib/server/steps/complete-step";
import { recordProgress } from "../../../lib/server/steps/record-progress";
import { startStep } from "../../../lib/server/steps/start-step";
import { detectSignals } from "../../../lib/domain/signals";
import { createConsultation } from "../../factories/create-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-12-25T10:00:00Z");
const isPostgres = process.env.TEST_DB_STORE === "postgres";

describe("concurrent writes on one task and on tasks consulting the same person", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  async function expectSignalsCurrent(taskIds: string[]) {
    const { input, settings } = await loadSignalInput(testDb.prisma, taskIds);
    const expected = detectSignals(input, settings.calendar, settings.policy, now)
      .map((s) => s.key)
      .sort();
    const stored = (await testDb.prisma.signal.findMany({ where: { taskId: { in: taskIds }, resolvedAt: null } }))
      .map((s) => s.key)
      .sort();
    expect(stored).toEqual(expected);
  }

  it("runs 20 actions on 20 steps of one task at once: all succeed, once each, and the signals are those of the final state", async () => {
    const owners = await Promise.all(Array.from({ length: 20 }, () => createUser(testDb.prisma, tree.units.dongDa)));
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      status: "OPEN",
      steps: owners.map((owner) => ({ owner, deadline: later, status: "TODO" as const })),
    });
    const results = await Promise.allSettled(
      task.steps.map((step, i) => {
        const actor = owners[i].actor;
        const ref = { stepId: step.id, expectedVersion: 0 };
        return i % 2 === 0 ? startStep(actor, ref, now) : recordProgress(actor, { ...ref, note: `Tiến độ ${i}` }, now);
      }),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const steps = await testDb.prisma.taskStep.findMany({ where: { taskId: task.id } });
    expect(steps.every((s) => s.version === 1 && s.status === "IN_PROGRESS")).toBe(true);
    const events = await testDb.prisma.event.groupBy({ by: ["kind"], where: { taskId: task.id }, _count: true });
    expect(Object.fromEntries(events.map((e) => [e.kind, e._count]))).toEqual({ STEP_STARTED: 10, STEP_PROGRESS: 10 });
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("IN_PROGRESS");
    await expectSignalsCurrent([task.id]);
  });

  it("completes steps while the person consulted by both tasks answers them, all at once", async () => {
    const consulted = tree.people.daNangStaff;
    const make = async () => {
      const owners = await Promise.all(Array.from({ length: 5 }, () => createUser(testDb.prisma, tree.units.dongDa)));
      const task = await createTask(testDb.prisma, {
        leadUnitId: tree.units.dongDa.id,
        assignerId: tree.people.dongDaHead.id,
        steps: owners.map((owner) => ({ owner, deadline: later, status: "IN_PROGRESS" as const })),
      });
      const consultations = await Promise.all(
        task.steps.slice(0, 3).map((s, i) =>
          createConsultation(testDb.prisma, {
            stepId: s.id,
            requesterId: owners[i].id,
            targetUserId: consulted.id,
            responseDeadline: later,
          }),
        ),
      );
      return { task, owners, consultations };
    };
    const a = await make();
    const b = await make();
    const writes = [a, b].flatMap(({ task, owners, consultations }) => [
      ...task.steps
        .slice(3)
        .map((s, i) =>
          completeStep(owners[i + 3].actor, { stepId: s.id, expectedVersion: 0, result: "Đã xong phần việc" }, now),
        ),
      ...consultations.map((c) =>
        answerConsultation(
          consulted.actor,
          { consultationId: c.id, position: "AGREE", answer: "Thống nhất với dự thảo" },
          now,
        ),
      ),
    ]);
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const answered = await testDb.prisma.consultation.count({
      where: { id: { in: [...a.consultations, ...b.consultations].map((c) => c.id) }, answeredAt: { not: null } },
    });
    expect(answered).toBe(6);
    const events = await testDb.prisma.event.count({
      where: { taskId: { in: [a.task.id, b.task.id] }, kind: { in: ["STEP_COMPLETED", "CONSULTATION_ANSWERED"] } },
    });
    expect(events).toBe(10);
    await expectSignalsCurrent([a.task.id, b.task.id]);
  });

  // PGlite has one connection, so its transactions never overlap: a deadlock needs PostgreSQL.
  it.runIf(isPostgres)("runs a write again when PostgreSQL breaks a deadlock by rolling it back", async () => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        { owner: tree.people.dongDaStaff, deadline: later },
        { owner: tree.people.hbtStaff, deadline: later },
      ],
    });
    const [first, second] = task.steps;
    const touch = `UPDATE "TaskStep" SET "lastActivityAt" = $2 WHERE "id" = $1`;
    // Another session locks the second step, then waits for the first; it detects deadlocks
    // only after 10 s, so PostgreSQL picks the write below (1 s) as the victim. That setting is
    // a superuser's: the other session connects as the owner, not as the application's role.
    const other = new pg.Client({ connectionString: inject("testOwnerDatabaseUrl")! });
    await other.connect();
    await other.query("SET deadlock_timeout = '10s'");
    await other.query("BEGIN");
    await other.query(touch, [second.id, now]);
    let attempts = 0;
    let otherWaits: Promise<unknown> | undefined;
    const written = writeTaskChange(now, async (tx) => {
      attempts++;
      await tx.$executeRawUnsafe(touch, first.id, now);
      if (attempts === 1) {
        otherWaits = other.query(touch, [first.id, now]).then(() => other.query("COMMIT"));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      await tx.$executeRawUnsafe(touch, second.id, now);
      return "ghi xong";
    });
    try {
      expect(await written).toBe("ghi xong");
      await otherWaits;
    } finally {
      await other.end();
    }
    expect(attempts).toBe(2);
  });
});
