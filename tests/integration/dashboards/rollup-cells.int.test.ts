import { describe, expect, it } from "vitest";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

// Its own year (2043), so that the calendar change below moves no other file's numbers.
const at = (iso: string) => new Date(`${iso}T09:59:59.999Z`); // 16:59:59 in Hà Nội
const cellColumns = `"level", "unitId", "personId", "month", "state", "n", "daysLate", "extended", "doneWithinExtension"`;

type TCell = { level: string; unitId: string; personId: string; month: string; state: string; n: number; daysLate: number };

/** The cells the triggers kept, and the cells a recount from the rows gives, for these units. */
async function cellsOf(unitIds: string[]) {
  const order = `ORDER BY 1, 2, 3, 4, 5`;
  const kept = await testDb.prisma.$queryRawUnsafe<TCell[]>(
    `SELECT ${cellColumns} FROM "RollupCell" WHERE "unitId" = ANY($1::text[]) ${order}`, unitIds);
  const counted = await testDb.prisma.$queryRawUnsafe<TCell[]>(
    `SELECT ${cellColumns} FROM "rollup_cells_counted"() WHERE "unitId" = ANY($1::text[]) ${order}`, unitIds);
  const pairs = `SELECT "unitId", "directiveId", "n" FROM`;
  const keptPairs = await testDb.prisma.$queryRawUnsafe(`${pairs} "RollupDirectiveUnit" WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2`, unitIds);
  const countedPairs = await testDb.prisma.$queryRawUnsafe(`${pairs} "rollup_directive_units_counted"() WHERE "unitId" = ANY($1::text[]) ORDER BY 1, 2`, unitIds);
  expect(keptPairs).toEqual(countedPairs);
  return { kept, counted };
}

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
      leadUnitId: units.dongDa.id, assignerId: people.dongDaHead.id,
      steps: [
        { owner: people.dongDaStaff, deadline: at("2043-03-02"), status: "DONE", completedAt: at("2043-03-06") },
        { owner: people.dongDaStaff, deadline: at("2043-03-09"), status: "DONE", completedAt: at("2043-03-09") },
        { owner: people.hbtStaff, deadline: at("2043-03-20") },
      ],
    });
    const cells = await expectInStep();
    const late = cells.find((c) => c.level === "step" && c.personId === people.dongDaStaff.id && c.state === "DONE_LATE");
    expect(late).toMatchObject({ n: 1, daysLate: 4, month: "2043-03" });
    // Đống Đa leads the task and owns two of its steps: three pieces of work under its directive.
    expect(await db.rollupDirectiveUnit.findMany({ where: { unitId: units.dongDa.id } }))
      .toEqual([{ unitId: units.dongDa.id, directiveId: task.directiveId, n: 3 }]);

    // Completed late, moved to another owner and unit, extended.
    const [, , open] = task.steps;
    await db.taskStep.update({ where: { id: open.id }, data: { completedAt: at("2043-04-02"), status: "DONE" } });
    await db.taskStep.update({ where: { id: open.id }, data: { ownerId: people.hanoiHead.id, unitId: people.hanoiHead.unitId } });
    await db.taskStep.update({ where: { id: open.id }, data: { deadline: at("2043-04-03") } });
    await db.task.update({ where: { id: task.id }, data: { completedAt: at("2043-04-02"), status: "COMPLETED" } });
    await expectInStep();

    // A holiday inside the late step's span, a Saturday worked, then both removed.
    await db.calendarDay.createMany({ data: [
      { date: "2043-03-04", year: 2043, kind: "HOLIDAY", name: "Nghỉ thử" },
      { date: "2043-03-07", year: 2043, kind: "WORKING_DAY", name: "Làm bù thử" },
    ] });
    const withHoliday = await expectInStep();
    expect(withHoliday.find((c) => c.personId === people.dongDaStaff.id && c.state === "DONE_LATE")?.daysLate).toBe(3);
    await db.calendarDay.update({ where: { date: "2043-03-04" }, data: { kind: "WORKING_DAY" } });
    await expectInStep();
    await db.calendarDay.deleteMany({ where: { year: 2043 } });
    await expectInStep();

    // Cancelled (its cells go), restored (they come back), deleted (gone for good).
    await db.task.update({ where: { id: task.id }, data: { status: "CANCELLED" } });
    expect((await expectInStep()).length).toBe(0);
    await db.task.update({ where: { id: task.id }, data: { status: "IN_PROGRESS" } });
    expect((await expectInStep()).length).toBeGreaterThan(0);
    await db.taskStep.delete({ where: { id: open.id } });
    await expectInStep();
    await db.task.delete({ where: { id: task.id } });
    expect((await expectInStep()).length).toBe(0);
  });
});
