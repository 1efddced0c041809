import { beforeAll, describe, expect, it } from "vitest";
import { getWorkCalendar } from "../../../lib/server/calendar/get-work-calendar";
import { scheduleSignalChecks } from "../../../lib/server/signals/schedule-signal-checks";
import { signalExplanation } from "../../../lib/server/signals/signal-explanation";
import { sweepSignals } from "../../../lib/server/signals/sweep-signals";
import { createConsultation } from "../../factories/create-consultation";
import { createExtensionRequest } from "../../factories/create-extension-request";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { createOverdueTask, futureDeadline, now, pastDeadline, type TTree } from "./signal-fixtures";

const db = () => testDb.prisma;
const kindsOf = async (taskId: string) =>
  (await db().signal.findMany({ where: { taskId }, orderBy: { key: "asc" } })).map((s) => s.kind);

describe("sweepSignals", () => {
  let tree: TTree;
  beforeAll(async () => {
    tree = await createUnitTree(db());
  });

  it("finds an overdue step without an extension request, in small batches, and a second sweep adds nothing", async () => {
    const overdue = await createOverdueTask(tree);
    const covered = await createOverdueTask(tree);
    await createExtensionRequest(db(), {
      stepId: covered.steps[0].id,
      requesterId: tree.people.dongDaStaff.id,
      previousDeadline: pastDeadline,
      requestedDeadline: futureDeadline,
    });
    await db().extensionRequest.updateMany({
      where: { stepId: covered.steps[0].id },
      data: { createdAt: new Date("2026-11-09T02:00:00Z") },
    });

    // Factory rows are written without the write path, as an import is: it schedules the checks.
    await scheduleSignalChecks(db(), now);
    const first = await sweepSignals(now, { batchSize: 2 });
    expect(first.batches).toBeGreaterThanOrEqual(1);
    const signal = await db().signal.findFirstOrThrow({ where: { taskId: overdue.id } });
    expect(signal).toMatchObject({
      key: `OVERDUE_NO_EXTENSION:${overdue.steps[0].id}:${pastDeadline.getTime()}`,
      subjectUserId: tree.people.dongDaStaff.id,
      unitId: tree.units.dongDa.id,
      detectedAt: now,
      resolvedAt: null,
      metrics: { workingDaysOverdue: { workingDaysSince: pastDeadline.toISOString() } },
    });
    expect(signal.explanation).toContain(tree.people.dongDaStaff.name);
    expect(signal.explanation).toContain("quá hạn 6 ngày làm việc");
    expect(await kindsOf(covered.id)).toEqual([]);

    await sweepSignals(now, { batchSize: 50 });
    expect(await db().signal.count({ where: { taskId: overdue.id } })).toBe(1);
    // The days overdue grow with time but are counted when read, so the next working day's
    // sweep has nothing to rewrite in this row, and a reader that day counts one day more.
    const thursday = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    await sweepSignals(thursday);
    const next = await db().signal.findFirstOrThrow({ where: { taskId: overdue.id } });
    expect(next).toEqual(signal);
    const calendar = await getWorkCalendar(db());
    expect(signalExplanation(next, "vi", { calendar, now: thursday })).toContain("quá hạn 7 ngày làm việc");
    expect(signalExplanation(next, "vi", { calendar, now })).toContain("quá hạn 6 ngày làm việc");
  });

  it("finds a consultation left unanswered past its deadline, and closes it once answered late", async () => {
    const task = await createTask(db(), {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: tree.people.dongDaStaff, deadline: futureDeadline, status: "IN_PROGRESS" }],
    });
    await db().taskStep.update({ where: { id: task.steps[0].id }, data: { lastActivityAt: now } });
    const c = await createConsultation(db(), {
      stepId: task.steps[0].id,
      requesterId: tree.people.dongDaStaff.id,
      targetUserId: tree.people.daNangStaff.id,
      responseDeadline: pastDeadline,
    });
    await scheduleSignalChecks(db(), now);
    await sweepSignals(now);
    expect(await kindsOf(task.id)).toEqual(["CONSULTATION_UNANSWERED"]);

    await db().consultation.update({
      where: { id: c.id },
      data: { answeredAt: now, answeredById: tree.people.daNangStaff.id, answer: "Thống nhất.", position: "AGREE" },
    });
    await db().task.update({ where: { id: task.id }, data: { signalsCheckAt: now } });
    await sweepSignals(now);
    const rows = await db().signal.findMany({ where: { taskId: task.id }, orderBy: { key: "asc" } });
    expect(rows.map((s) => [s.kind, s.resolvedAt])).toEqual([
      ["CONSULTATION_LATE", null],
      ["CONSULTATION_UNANSWERED", now],
    ]);
  });

  it("refuses a batch size that is not a positive integer", async () => {
    await expect(sweepSignals(now, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
