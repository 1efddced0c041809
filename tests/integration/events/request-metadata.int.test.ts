import { beforeAll, describe, expect, it } from "vitest";
import { runWithRequestMetadata } from "../../../lib/server/request/request-metadata";
import { startStep } from "../../../lib/server/steps/start-step";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T10:00:00Z");

describe("the request behind an audit event", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const newStep = async () => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      status: "OPEN",
      steps: [{ owner: tree.people.dongDaStaff, deadline: later, status: "TODO" }],
    });
    return task.steps[0];
  };
  const eventOf = (stepId: string) => testDb.prisma.event.findFirstOrThrow({ where: { stepId, kind: "STEP_STARTED" } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  it("is recorded with the event written inside the request: its address and User-Agent", async () => {
    const step = await newStep();
    const userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 — thử";
    await runWithRequestMetadata({ ip: "203.0.113.7", userAgent }, () =>
      startStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 0 }, now),
    );
    expect(await eventOf(step.id)).toMatchObject({ ip: "203.0.113.7", userAgent });
  });

  it("is left empty for an event written outside any request (a sweep, an import)", async () => {
    const step = await newStep();
    await startStep(tree.people.dongDaStaff.actor, { stepId: step.id, expectedVersion: 0 }, now);
    expect(await eventOf(step.id)).toMatchObject({ ip: null, userAgent: null });
  });

  it("does not leak from one request into another running at the same time", async () => {
    const [a, b] = [await newStep(), await newStep()];
    await Promise.all([
      runWithRequestMetadata({ ip: "198.51.100.1", userAgent: "A" }, () =>
        startStep(tree.people.dongDaStaff.actor, { stepId: a.id, expectedVersion: 0 }, now),
      ),
      runWithRequestMetadata({ ip: "198.51.100.2", userAgent: "B" }, () =>
        startStep(tree.people.dongDaStaff.actor, { stepId: b.id, expectedVersion: 0 }, now),
      ),
    ]);
    expect(await eventOf(a.id)).toMatchObject({ ip: "198.51.100.1", userAgent: "A" });
    expect(await eventOf(b.id)).toMatchObject({ ip: "198.51.100.2", userAgent: "B" });
  });
});
