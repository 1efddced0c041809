import { beforeAll, describe, expect, it } from "vitest";
import { getTaskOrThrow } from "../../lib/server/tasks/get-task-or-throw";
import { findUnitOpenTasks } from "../../lib/server/units/find-unit-open-tasks";
import { findUnitsOverview } from "../../lib/server/units/find-units-overview";
import { findMyWork } from "../../lib/server/work/find-my-work";
import { createTask } from "../factories/create-task";
import { createUnitTree } from "../factories/create-unit-tree";
import { testDb } from "../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const day = 24 * 3600 * 1000;

describe("what each role can see", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let dongDaTask: Awaited<ReturnType<typeof createTask>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { dongDaHead, dongDaStaff } = tree.people;
    dongDaTask = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: dongDaHead.id,
      steps: [
        { owner: dongDaStaff, deadline: new Date(now.getTime() - 3 * day), status: "IN_PROGRESS" },
        { owner: dongDaHead, deadline: new Date(now.getTime() + 10 * day), status: "PENDING", kind: "APPROVE" },
      ],
    });
  });

  it.each([
    ["the staff member who owns a step", "dongDaStaff", true],
    ["the head of the district", "dongDaHead", true],
    ["the head of the province above", "hanoiHead", true],
    ["TCCB", "tccb", true],
    ["staff of a sibling district", "hbtStaff", false],
    ["the head of a sibling district", "hbtHead", false],
    ["staff of another province", "daNangStaff", false],
    ["the head of another province", "daNangHead", false],
  ] as const)("%s: can open the task = %s", async (_label, who, visible) => {
    const actor = tree.people[who].actor;
    const attempt = getTaskOrThrow(actor, dongDaTask.id);
    if (visible) await expect(attempt).resolves.toMatchObject({ id: dongDaTask.id });
    else await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for a task that does not exist", async () => {
    await expect(getTaskOrThrow(tree.people.tccb.actor, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the owner the overdue step in my work", async () => {
    const { groups } = await findMyWork(tree.people.dongDaStaff.actor, now);
    expect(groups.overdue.map((s) => s.task.id)).toContain(dongDaTask.id);
  });

  it("lists the task for the heads above it and not for a sibling's head", async () => {
    const ids = async (who: "dongDaHead" | "hanoiHead" | "hbtHead") =>
      (await findUnitOpenTasks(tree.people[who].actor, 1, now)).items.map((t) => t.id);
    expect(await ids("dongDaHead")).toContain(dongDaTask.id);
    expect(await ids("hanoiHead")).toContain(dongDaTask.id);
    expect(await ids("hbtHead")).not.toContain(dongDaTask.id);
  });

  it("gives TCCB every unit with counts computed in SQL, and refuses staff", async () => {
    const units = await findUnitsOverview(tree.people.tccb.actor, now);
    const dongDa = units.find((u) => u.id === tree.units.dongDa.id);
    expect(dongDa).toMatchObject({ openTasks: 1, openSteps: 1, overdueSteps: 1 });
    await expect(findUnitsOverview(tree.people.dongDaStaff.actor, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
