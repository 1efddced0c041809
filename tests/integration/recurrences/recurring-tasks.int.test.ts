import { beforeAll, describe, expect, it } from "vitest";
import type { TCreateRecurrence } from "../../../lib/schemas/recurrence";
import { createDueInstances } from "../../../lib/server/recurrences/create-due-instances";
import { createRecurrence } from "../../../lib/server/recurrences/create-recurrence";
import { findRecurrences } from "../../../lib/server/recurrences/find-recurrences";
import { runRecurringTasks } from "../../../lib/server/recurrences/run-recurring-tasks";
import { stopRecurrence } from "../../../lib/server/recurrences/stop-recurrence";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { refusal } from "../../support/refusal";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "../tasks-create/fixtures";

// Wednesday 18/11/2026, 10:00 in Hà Nội: a plain working week, no holiday near.
const now = new Date("2026-11-18T03:00:00Z");
const at = (date: string) => new Date(`${date}T03:00:00Z`);

describe("recurring tasks", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let directiveId: string;
  let templateId: string;
  const input = (over: Partial<TCreateRecurrence> = {}): TCreateRecurrence => ({
    title: `Báo cáo tháng gửi Vụ Thanh tra ${unique()}`,
    description: "",
    directiveId,
    leadUnitId: tree.units.dongDa.id,
    templateId,
    priority: "NORMAL",
    frequency: "MONTHLY",
    deadlineRule: "FIXED_DAY",
    deadlineDay: 20,
    deadlineNextMonth: false,
    deadlineOffset: null,
    leadDays: 7,
    startsOn: "2026-11",
    steps: [
      { ownerId: tree.people.dongDaStaff.id, durationDays: 1 },
      { ownerId: tree.people.dongDaStaff.id, durationDays: 3 },
      { ownerId: tree.people.dongDaHead.id, durationDays: 1 },
    ],
    ...over,
  });
  const instances = (recurrenceId: string) =>
    testDb.prisma.task.findMany({
      where: { recurrenceId },
      orderBy: { recurrencePeriod: "asc" },
      include: { steps: { orderBy: { order: "asc" } } },
    });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    directiveId = (await createDirective(testDb.prisma)).id;
    templateId = (await createTemplateFixture(testDb.prisma)).id;
  });

  it("creates the current period's instance at once, with an owner per step and its events", async () => {
    const { id, created } = await createRecurrence(tree.people.dongDaHead.actor, input(), now);
    expect(created).toBe(1);
    const [task] = await instances(id);
    expect(task).toMatchObject({ recurrencePeriod: "2026-11", assignerId: tree.people.dongDaHead.id });
    expect(task.title).toMatch(/\(tháng 11\/2026\)$/);
    expect(task.deadline.toISOString()).toBe("2026-11-20T16:59:59.999Z");
    expect(task.steps.map((s) => [s.ownerId, s.deadline.toISOString().slice(0, 10), s.status])).toEqual([
      [tree.people.dongDaStaff.id, "2026-11-18", "TODO"],
      [tree.people.dongDaStaff.id, "2026-11-19", "PENDING"],
      [tree.people.dongDaHead.id, "2026-11-20", "PENDING"],
    ]);
    const events = await testDb.prisma.event.findMany({ where: { taskId: task.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["TASK_CREATED", "STEP_ASSIGNED", "STEP_ASSIGNED", "STEP_ASSIGNED"]);
    expect(events[0].payload).toMatchObject({ recurrenceId: id, recurrencePeriod: "2026-11" });
    const notified = await testDb.prisma.notification.count({
      where: { taskId: task.id, recipientId: tree.people.dongDaStaff.id },
    });
    expect(notified).toBeGreaterThan(0);
    const setUp = await testDb.prisma.event.findMany({
      where: { kind: "RECURRENCE_CHANGED", actorId: tree.people.dongDaHead.id },
    });
    expect(setUp.map((e) => e.payload)).toContainEqual(expect.objectContaining({ op: "CREATED", recurrenceId: id }));
  });

  it("creates nothing more on a rerun, and the next period's instance once its lead time comes", async () => {
    const { id } = await createRecurrence(tree.people.dongDaHead.actor, input(), now);
    await runRecurringTasks(now);
    expect((await instances(id)).map((t) => t.recurrencePeriod)).toEqual(["2026-11"]);
    await runRecurringTasks(at("2026-11-23"));
    expect(await instances(id)).toHaveLength(1);
    await runRecurringTasks(at("2026-11-24"));
    await runRecurringTasks(at("2026-11-24"));
    const both = await instances(id);
    expect(both.map((t) => t.recurrencePeriod)).toEqual(["2026-11", "2026-12"]);
    expect(both[1].deadline.toISOString()).toBe("2026-12-20T16:59:59.999Z");
  });

  it("creates one instance when two runs race on the same period", async () => {
    const { id } = await createRecurrence(tree.people.dongDaHead.actor, input({ startsOn: "2026-12" }), now);
    expect(await instances(id)).toHaveLength(0);
    const runs = await Promise.all([
      createDueInstances(id, at("2026-11-26")),
      createDueInstances(id, at("2026-11-26")),
      createDueInstances(id, at("2026-11-26")),
    ]);
    expect(runs.flat()).toHaveLength(1);
    expect((await instances(id)).map((t) => t.recurrencePeriod)).toEqual(["2026-12"]);
  });

  it("stops: past instances stay, no more are created, and the stop is recorded once", async () => {
    const { id } = await createRecurrence(tree.people.dongDaHead.actor, input(), now);
    expect(await refusal(stopRecurrence(tree.people.hbtHead.actor, id, now))).toMatchObject({ code: "NOT_FOUND" });
    await stopRecurrence(tree.people.hanoiHead.actor, id, now);
    expect(await refusal(stopRecurrence(tree.people.dongDaHead.actor, id, now))).toMatchObject({
      code: "INVALID_STATE",
    });
    await runRecurringTasks(at("2026-12-25"));
    expect((await instances(id)).map((t) => t.recurrencePeriod)).toEqual(["2026-11"]);
    const stops = await testDb.prisma.event.findMany({
      where: { kind: "RECURRENCE_CHANGED", actorId: tree.people.hanoiHead.id },
    });
    expect(stops.map((e) => e.payload)).toEqual([expect.objectContaining({ op: "STOPPED", recurrenceId: id })]);
  });

  it("refuses a head of another unit, and a staff member, and writes nothing", async () => {
    const before = await testDb.prisma.taskRecurrence.count();
    const other = await refusal(createRecurrence(tree.people.hbtHead.actor, input(), now));
    expect(other).toMatchObject({ code: "FORBIDDEN", fieldErrors: { leadUnitId: [expect.any(String)] } });
    const staff = await refusal(createRecurrence(tree.people.dongDaStaff.actor, input(), now));
    expect(staff.code).toBe("FORBIDDEN");
    expect(await testDb.prisma.taskRecurrence.count()).toBe(before);
  });

  it("refuses an owner outside the lead unit on that step's field", async () => {
    const steps = input().steps.map((s, i) => (i === 1 ? { ...s, ownerId: tree.people.daNangStaff.id } : s));
    const r = await refusal(createRecurrence(tree.people.dongDaHead.actor, input({ steps }), now));
    expect(r.code).toBe("INVALID_INPUT");
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(["steps.1.ownerId"]);
  });

  it("lists the recurrences in the reader's scope with their next deadline", async () => {
    const { id } = await createRecurrence(tree.people.dongDaHead.actor, input(), now);
    const mine = await findRecurrences(tree.people.dongDaHead.actor, { page: 1 }, at("2026-11-21"));
    expect(mine.items.find((r) => r.id === id)).toMatchObject({
      rule: { key: "recurrences.rule.fixedDay.MONTHLY", values: { day: 20 } },
      nextPeriod: { key: "2026-12", deadline: "2026-12-20" },
      instanceCount: 1,
      canStop: true,
    });
    const theirs = await findRecurrences(tree.people.daNangHead.actor, { page: 1 }, now);
    expect(theirs.items.find((r) => r.id === id)).toBeUndefined();
    expect((await refusal(findRecurrences(tree.people.dongDaStaff.actor, { page: 1 }, now))).code).toBe("FORBIDDEN");
  });
});
