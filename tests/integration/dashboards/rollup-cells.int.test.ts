import { describe, expect, it } from "vitest";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { rollupCellsAndRecount } from "./rollup-cells-and-recount";

const cellsOf = (unitIds: string[]) => rollupCellsAndRecount(testDb.prisma, unitIds);

// Its own year (2043), so that the calendar change below moves no other file's numbers.
const at = (iso: string) => new Date(`${iso}T09:59:59.999Z`); // 16:59:59 in Hà Nội

describe("the roll-up cells kept by the database triggers", () => {
  it("equal a recount from the rows after each kind of write", async () => {
    const db = testDb.prisma;
    const { units, people } = await createUnitTree(db);
    const unitIds = Object.values(units).map((u) => u.id);
    const expectInStep = async () => {
      const { kept, counted } = await cellsOf(unitIds);
      expect(kept).toEqual(counted);
      return kept;
    };

    // Created: one late step across a weekday, one on time, one open.
    const task = await createTask(db, {
      leadUnitId: units.dongDa.id,
      assignerId: people.dongDaHead.id,
      steps: [
        { owner: people.dongDaStaff, deadline: at("2043-03-02"), status: "DONE", completedAt: at("2043-03-06") },
        { owner: people.dongDaStaff, deadline: at("2043-03-09"), status: "DONE", completedAt: at("2043-03-09") },
        { owner: people.hbtStaff, deadline: at("2043-03-20") },
      ],
    });
    const cells = await expectInStep();
    const late = cells.find(
      (c) => c.level === "step" && c.personId === people.dongDaStaff.id && c.state === "DONE_LATE",
    );
    expect(late).toMatchObject({ n: 1, daysLate: 4, month: "2043-03" });
    expect(
      await db.rollupPersonYear.findMany({
        where: { personId: people.dongDaStaff.id },
        select: { year: true, doneOnTime: true, doneLate: true },
      }),
    ).toEqual([{ year: "2043", doneOnTime: 1, doneLate: 1 }]);
    // Đống Đa leads the task and owns two of its steps: three pieces of work under its directive.
    expect(await db.rollupDirectiveUnit.findMany({ where: { unitId: units.dongDa.id } })).toEqual([
      { unitId: units.dongDa.id, directiveId: task.directiveId, n: 3 },
    ]);

    // Signals: about a person, about a unit only; one moved in time, one accepted as an objective cause.
    const signal = (kind: "STALLED" | "CONSULTATION_UNANSWERED", subjectUserId: string | null, since: string) =>
      db.signal.create({
        data: {
          key: `${kind}:${task.id}:${since}`,
          kind,
          subjectUserId,
          unitId: units.dongDa.id,
          taskId: task.id,
          directiveId: task.directiveId,
          stepId: task.steps[0].id,
          since: at(since),
          explanation: "Thử",
          evidenceEventIds: [],
          detectedAt: at(since),
        },
      });
    const stalled = await signal("STALLED", people.dongDaStaff.id, "2043-03-10");
    await signal("CONSULTATION_UNANSWERED", null, "2043-03-12");
    expect((await db.rollupSignalCell.findMany({ where: { unitId: units.dongDa.id } })).length).toBe(3);
    await db.signal.update({ where: { id: stalled.id }, data: { since: at("2043-04-01") } });
    await expectInStep();
    await db.signal.update({
      where: { id: stalled.id },
      data: { countsAgainstPerson: false, answerStatus: "ACCEPTED" },
    });
    await expectInStep();
    await db.signal.update({
      where: { id: stalled.id },
      data: { countsAgainstPerson: true, answerStatus: "REJECTED" },
    });
    await expectInStep();

    // Completed late, moved to another owner and unit, extended.
    const [, , open] = task.steps;
    await db.taskStep.update({ where: { id: open.id }, data: { completedAt: at("2043-04-02"), status: "DONE" } });
    await db.taskStep.update({
      where: { id: open.id },
      data: { ownerId: people.hanoiHead.id, unitId: people.hanoiHead.unitId },
    });
    await db.taskStep.update({ where: { id: open.id }, data: { deadline: at("2043-04-03") } });
    await db.task.update({ where: { id: task.id }, data: { completedAt: at("2043-04-02"), status: "COMPLETED" } });
    await expectInStep();

    // A holiday inside the late step's span, a Saturday worked, then both removed.
    await db.calendarDay.createMany({
      data: [
        { date: "2043-03-04", year: 2043, kind: "HOLIDAY", name: "Nghỉ thử" },
        { date: "2043-03-07", year: 2043, kind: "WORKING_DAY", name: "Làm bù thử" },
      ],
    });
    const withHoliday = await expectInStep();
    expect(withHoliday.find((c) => c.personId === people.dongDaStaff.id && c.state === "DONE_LATE")?.daysLate).toBe(3);
    // The Saturday becomes a holiday too (a weekday may never be a WORKING_DAY: other files read this calendar meanwhile).
    await db.calendarDay.update({ where: { date: "2043-03-07" }, data: { kind: "HOLIDAY" } });
    await expectInStep();
    await db.calendarDay.deleteMany({ where: { year: 2043 } });
    await expectInStep();

    // Cancelled (its cells go), restored (they come back), deleted (gone for good).
    await db.task.update({ where: { id: task.id }, data: { status: "CANCELLED" } });
    expect((await expectInStep()).length).toBe(0);
    expect(await db.rollupSignalCell.count({ where: { unitId: { in: unitIds } } })).toBe(0);
    await db.task.update({ where: { id: task.id }, data: { status: "IN_PROGRESS" } });
    expect((await expectInStep()).length).toBeGreaterThan(0);
    await db.taskStep.delete({ where: { id: open.id } });
    await expectInStep();
    await db.task.delete({ where: { id: task.id } });
    expect((await expectInStep()).length).toBe(0);
    expect(await db.rollupSignalCell.count({ where: { unitId: { in: unitIds } } })).toBe(0);
  });
});
