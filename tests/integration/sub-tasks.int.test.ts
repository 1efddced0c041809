import { beforeAll, describe, expect, it } from "vitest";
import { findSubTasks } from "../../lib/server/tasks/find-sub-tasks";
import { createTask } from "../factories/create-task";
import { createUnitTree } from "../factories/create-unit-tree";
import { testDb } from "../support/use-test-db";

describe("sub-tasks on the parent task", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let parentId: string, dongDaSub: string, hbtSub: string;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { hanoiHead, dongDaStaff, hbtStaff } = tree.people;
    const deadline = new Date("2026-12-20T16:59:59Z");
    const parent = await createTask(testDb.prisma, {
      leadUnitId: tree.units.hanoi.id,
      assignerId: hanoiHead.id,
      steps: [{ owner: hanoiHead, deadline }],
    });
    parentId = parent.id;
    const sub = async (owner: typeof dongDaStaff, unitId: string, done: boolean) => {
      const t = await createTask(testDb.prisma, {
        leadUnitId: unitId,
        assignerId: hanoiHead.id,
        directiveId: parent.directiveId,
        steps: [
          {
            owner,
            deadline,
            status: done ? "DONE" : "TODO",
            completedAt: done ? new Date("2026-11-10T03:00:00Z") : undefined,
          },
          { owner, deadline, status: "PENDING" },
        ],
      });
      await testDb.prisma.task.update({ where: { id: t.id }, data: { parentTaskId: parentId } });
      return t.id;
    };
    dongDaSub = await sub(dongDaStaff, tree.units.dongDa.id, true);
    hbtSub = await sub(hbtStaff, tree.units.haiBaTrung.id, false);
  });

  it("rolls up every sub-task for the head above them, with steps done", async () => {
    const subs = await findSubTasks(tree.people.hanoiHead.actor, parentId);
    expect(subs.map((s) => s.id).sort()).toEqual([dongDaSub, hbtSub].sort());
    expect(subs.find((s) => s.id === dongDaSub)?.progress).toEqual({ done: 1, total: 2 });
  });

  it("shows a district head only the sub-tasks they may see", async () => {
    const subs = await findSubTasks(tree.people.dongDaHead.actor, parentId);
    expect(subs.map((s) => s.id)).toEqual([dongDaSub]);
  });
});
