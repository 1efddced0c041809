import { beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../../lib/domain/calendar";
import { runWeeklySummary } from "../../../lib/server/digest/run-weekly-summary";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

// April 2039, ISO week 14, which no other file uses: Monday 04/04 is made a holiday here, so the
// week's summary goes on Tuesday 05/04. 07:45 in Hà Nội is 00:45 UTC.
const at0745 = (date: string) => new Date(`${date}T00:45:00Z`);

describe("the weekly-summary job", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const hanoi = `BHXH Hà Nội ${unique()}`;
  const mailsTo = (email: string) =>
    testDb.prisma.mailMessage.findMany({ where: { recipient: email, kind: "weekly-summary" } });

  beforeAll(async () => {
    const db = testDb.prisma;
    await db.calendarDay.createMany({
      data: [{ date: "2039-04-04", year: 2039, kind: "HOLIDAY", name: "Ngày nghỉ thử" }],
      skipDuplicates: true,
    });
    tree = await createUnitTree(db);
    await db.unit.update({ where: { id: tree.units.hanoi.id }, data: { name: hanoi } });
    const { dongDaStaff: staff, dongDaHead: head } = tree.people;
    const step = (deadline: string, completedAt?: Date) => ({
      owner: staff,
      deadline: endOfLocalDay(deadline),
      status: completedAt ? ("DONE" as const) : ("IN_PROGRESS" as const),
      completedAt,
    });
    const lead = { leadUnitId: tree.units.dongDa.id, assignerId: head.id };
    const late = await createTask(db, { ...lead, steps: [step("2039-04-01")] });
    await createTask(db, { ...lead, steps: [step("2039-03-20")] });
    await createTask(db, { ...lead, steps: [step("2039-03-31", at0745("2039-04-01"))] });
    await createTask(db, { ...lead, steps: [step("2039-03-31", at0745("2039-03-30"))] });
    await db.signal.create({
      data: {
        key: `OVERDUE_NO_EXTENSION:tuan:${late.id}`,
        kind: "OVERDUE_NO_EXTENSION",
        subjectUserId: staff.id,
        unitId: tree.units.dongDa.id,
        taskId: late.id,
        directiveId: late.directiveId,
        stepId: late.steps[0].id,
        since: at0745("2039-04-02"),
        explanation: "Quá hạn thử.",
        evidenceEventIds: [],
        detectedAt: at0745("2039-04-02"),
      },
    });
    await db.escalation.create({
      data: {
        kind: "MANUAL",
        taskId: late.id,
        stepId: late.steps[0].id,
        fromUnitId: tree.units.dongDa.id,
        toUnitId: tree.units.hanoi.id,
        raisedById: head.id,
        reason: "Vượt cấp thử.",
        createdAt: at0745("2039-04-02"),
      },
    });
    await createUser(db, tree.units.root, { roles: ["STAFF", "TCCB_MONITOR"], isActive: false });
  });

  it("waits for the first working day of the week, then sends TCCB the counts per top-level unit, once", async () => {
    expect(await runWeeklySummary(at0745("2039-04-04"))).toBeNull();
    expect(await runWeeklySummary(at0745("2039-04-05"))).toBeGreaterThan(0);
    expect(await Promise.all([runWeeklySummary(at0745("2039-04-05")), runWeeklySummary(at0745("2039-04-06"))])).toEqual(
      [null, null],
    );
    const [mail, ...more] = await mailsTo(tree.people.tccb.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe("Tổng hợp tuần 2039-W14: việc quá hạn, cảnh báo, báo cáo vượt cấp");
    // New overdue: the open one due 01/04 and the one done late; open overdue: 01/04 and 20/03.
    expect(mail.text).toContain(
      `- ${hanoi}: Mới quá hạn trong tuần 2; Đang quá hạn 2; Cảnh báo mới 1; Báo cáo vượt cấp 1`,
    );
    expect(await mailsTo(tree.people.dongDaHead.email)).toEqual([]);
    const run = await testDb.prisma.digestRun.findUniqueOrThrow({ where: { day: "2039-W14" } });
    expect(run.recipients).toBeGreaterThan(0);
  });
});
