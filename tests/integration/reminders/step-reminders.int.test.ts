import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { runStepReminders } from "../../../lib/server/notifications/run-step-reminders";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

// March 2047, a month no other test file uses: Friday 08/03 is made a holiday here.
const at7 = (date: string) => new Date(`${date}T00:00:00Z`); // 07:00 in Hà Nội
const HOLIDAY = "2047-03-08";

describe("the step-reminders job", () => {
  const steps: Record<string, string> = {};
  let staffId = "";

  const remindersOf = async (stepIds: string[]) =>
    (
      await testDb.prisma.notification.findMany({
        where: { stepId: { in: stepIds }, kind: { in: ["DUE_TOMORROW", "DUE_TODAY", "OVERDUE"] } },
        select: { kind: true, stepId: true, recipientId: true, createdAt: true },
      })
    )
      .map((n) => ({ ...n, step: Object.keys(steps).find((k) => steps[k] === n.stepId) }))
      .sort((a, b) => (a.step ?? "").localeCompare(b.step ?? ""));

  beforeAll(async () => {
    const db = testDb.prisma;
    await db.calendarDay.createMany({
      data: [{ date: HOLIDAY, year: 2047, kind: "HOLIDAY", name: "Ngày nghỉ thử" }],
      skipDuplicates: true,
    });
    const tree = await createUnitTree(db);
    const staff = tree.people.dongDaStaff;
    staffId = staff.id;
    const gone = await createUser(db, tree.units.dongDa, { isActive: false });
    const make = async (name: string, deadline: string, opts: { owner?: typeof staff; done?: boolean } = {}) => {
      const task = await createTask(db, {
        leadUnitId: tree.units.dongDa.id,
        assignerId: tree.people.dongDaHead.id,
        steps: [
          {
            owner: opts.owner ?? staff,
            deadline: endOfLocalDay(deadline),
            status: opts.done ? "DONE" : "IN_PROGRESS",
            completedAt: opts.done ? at7("2047-03-01") : undefined,
          },
        ],
      });
      steps[name] = task.steps[0].id;
      return task;
    };
    await make("a-thursday", "2047-03-07");
    await make("b-wednesday", "2047-03-06");
    await make("c-tuesday", "2047-03-05");
    await make("d-monday", "2047-03-04");
    await make("e-done", "2047-03-07", { done: true });
    const cancelled = await make("f-cancelled", "2047-03-07");
    await db.task.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    await make("g-inactive-owner", "2047-03-07", { owner: { ...staff, id: gone.id } });
    await make("h-monday-after-holiday", "2047-03-11");
    await make("i-on-the-holiday", HOLIDAY);
  });

  it("reminds the owner of due tomorrow, due today and overdue (once), for open steps only", async () => {
    await runStepReminders(at7("2047-03-06"));
    const told = await remindersOf(Object.values(steps));
    expect(told.map((n) => [n.step, n.kind])).toEqual([
      ["a-thursday", "DUE_TOMORROW"],
      ["b-wednesday", "DUE_TODAY"],
      ["c-tuesday", "OVERDUE"],
      // Due on Thursday, the working day before the holiday it falls on.
      ["i-on-the-holiday", "DUE_TOMORROW"],
    ]);
    expect(told.every((n) => n.recipientId === staffId)).toBe(true);
  });

  it("creates each reminder once, whether run again or by two instances at once", async () => {
    const before = await remindersOf(Object.values(steps));
    await Promise.all([runStepReminders(at7("2047-03-06")), runStepReminders(at7("2047-03-06"))]);
    expect(await runStepReminders(new Date("2047-03-06T05:00:00Z"))).toBe(0);
    expect(await remindersOf(Object.values(steps))).toEqual(before);
  });

  it("says nothing on a holiday, and warns the working day before it of what falls on and after it", async () => {
    const ids = Object.values(steps);
    const before = await remindersOf(ids);
    expect(await runStepReminders(at7(HOLIDAY))).toBe(0);
    expect(await runStepReminders(at7("2047-03-09"))).toBe(0);
    expect(await remindersOf(ids)).toEqual(before);

    await runStepReminders(at7("2047-03-07"));
    const thursday = (await remindersOf(ids)).filter((n) => n.createdAt.getTime() === at7("2047-03-07").getTime());
    expect(thursday.map((n) => [n.step, n.kind])).toEqual([
      ["a-thursday", "DUE_TODAY"],
      ["b-wednesday", "OVERDUE"],
      ["h-monday-after-holiday", "DUE_TOMORROW"],
      ["i-on-the-holiday", "DUE_TODAY"],
    ]);
  });
});
