import { beforeAll, describe, expect, it } from "vitest";
import type { TWorkCalendar } from "../../../lib/domain/calendar";
import { reportCategoryOf, reportingInstant } from "../../../lib/domain/rollups";
import { getWorkCalendar } from "../../../lib/server/calendar/get-work-calendar";
import { findOpenEscalations } from "../../../lib/server/dashboards/find-open-escalations";
import { findRollupItems } from "../../../lib/server/dashboards/find-rollup-items";
import { findScopeSignals } from "../../../lib/server/dashboards/find-scope-signals";
import { testDb } from "../../support/use-test-db";
import { buildRollupData, march, now } from "./build-rollup-data";
import { loadRollupInputs } from "./load-rollup-inputs";

type TData = Awaited<ReturnType<typeof buildRollupData>>;
const HOUR = 3600 * 1000;
const byTimeThenId = (a: { t: number; id: string }, b: { t: number; id: string }) =>
  a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// The lists behind the numbers read each row with its relations in one statement; these
// tests hold them to the rows themselves: the same items, in the same order, with the right names.
describe("the lists behind the dashboard numbers", () => {
  let data: TData;
  let cal: TWorkCalendar;
  beforeAll(async () => {
    data = await buildRollupData(testDb.prisma, 777);
    cal = await getWorkCalendar();
  });

  it.each(["OVERDUE", "DONE_LATE", "IN_TIME"] as const)(
    "lists the %s steps of Hà Nội oldest first, page by page, with their task, owner and unit",
    async (category) => {
      const scopePath = data.tree.units.hanoi.path;
      const { items } = await loadRollupInputs(testDb.prisma, scopePath);
      const expected = items
        .filter((i) => reportCategoryOf(i, cal, now).category === category)
        .map((i) => ({ t: reportingInstant(i).getTime(), id: i.id }))
        .sort(byTimeThenId)
        .map((i) => i.id);
      expect(expected.length).toBeGreaterThan(3);
      const pages = [];
      for (let page = 1; page <= Math.ceil(expected.length / 3); page++) {
        const list = await findRollupItems({ scopePath, level: "step" }, now, { category, page, pageSize: 3 });
        expect(list.total).toBe(expected.length);
        pages.push(...list.items);
      }
      expect(pages.map((i) => i.id)).toEqual(expected);
      const steps = await testDb.prisma.taskStep.findMany({
        where: { id: { in: expected } },
        include: { owner: true, unit: true, task: { include: { directive: true } } },
      });
      for (const item of pages) {
        const s = steps.find((x) => x.id === item.id)!;
        expect(item).toMatchObject({
          taskId: s.taskId,
          taskTitle: s.task.title,
          point: s.task.point,
          directiveNumber: s.task.directive.number,
          stepName: s.name,
          owner: { id: s.owner.id, name: s.owner.name },
          unitName: s.unit.name,
          deadline: s.deadline,
          originalDeadline: s.originalDeadline,
          completedAt: s.completedAt,
        });
        expect(item.classification.category === "DUE_SOON" ? "IN_TIME" : item.classification.category).toBe(category);
      }
    },
  );

  it("lists tasks at their lead unit, without a step or an owner", async () => {
    const scopePath = data.tree.units.root.path;
    const list = await findRollupItems({ scopePath, level: "task" }, now, { pageSize: 100 });
    const tasks = await testDb.prisma.task.findMany({
      where: { id: { in: data.tasks.map((t) => t.id) }, status: { not: "CANCELLED" } },
      include: { leadUnit: true, directive: true },
    });
    expect(list.total).toBe(tasks.length);
    expect(list.items.map((i) => i.id).sort()).toEqual(tasks.map((t) => t.id).sort());
    for (const item of list.items) {
      const t = tasks.find((x) => x.id === item.id)!;
      expect(item).toMatchObject({
        taskId: t.id,
        taskTitle: t.title,
        stepName: null,
        owner: null,
        unitName: t.leadUnit.name,
        directiveNumber: t.directive.number,
      });
    }
  });

  describe("signals", () => {
    const expectedSignals = (scopePath: string, keep: (s: TData["signals"][number]) => boolean) => {
      const cancelled = new Set(data.tasks.filter((t) => t.status === "CANCELLED").map((t) => t.id));
      const unitPath = new Map(Object.values(data.tree.units).map((u) => [u.id, u.path]));
      return data.signals
        .filter((s) => !cancelled.has(s.taskId) && unitPath.get(s.unitId)!.startsWith(scopePath) && keep(s))
        .map((s) => ({ t: -s.since.getTime(), id: s.id }))
        .sort(byTimeThenId)
        .map((s) => s.id);
    };

    it("lists those counted against a person, newest first, with the person, unit, task and directive", async () => {
      const scopePath = data.tree.units.root.path;
      const expected = expectedSignals(scopePath, (s) => s.countsAgainstPerson);
      const list = await findScopeSignals({ scopePath }, { pageSize: 500, locale: "vi", now });
      expect(list.total).toBe(expected.length);
      expect(list.signals.map((s) => s.id)).toEqual(expected);
      const rows = await testDb.prisma.signal.findMany({
        where: { id: { in: expected } },
        include: { subjectUser: true, unit: true, task: { include: { directive: true } } },
      });
      expect(rows.some((r) => r.subjectUser === null)).toBe(true);
      for (const s of list.signals) {
        const r = rows.find((x) => x.id === s.id)!;
        expect(s).toEqual({
          id: r.id,
          kind: r.kind,
          since: r.since,
          explanation: r.explanation,
          answerStatus: r.answerStatus,
          countsAgainstPerson: r.countsAgainstPerson,
          resolvedAt: r.resolvedAt,
          evidenceEventIds: r.evidenceEventIds,
          stepId: r.stepId,
          subjectUser: r.subjectUser ? { id: r.subjectUser.id, name: r.subjectUser.name } : null,
          unit: { id: r.unit.id, name: r.unit.name },
          task: { id: r.task.id, title: r.task.title, directive: { number: r.task.directive.number } },
        });
      }
    });

    it("narrows by accepted answers, kind, person, own unit, directive and period, and pages", async () => {
      const scopePath = data.tree.units.hanoi.path;
      const person = data.owners[0];
      const directiveId = data.directives[2].id;
      const cases = [
        [{ includeAccepted: true }, {}, () => true],
        [
          { kind: "STALLED" as const },
          {},
          (s: TData["signals"][number]) => s.countsAgainstPerson && s.kind === "STALLED",
        ],
        [
          { ownUnitId: data.tree.units.dongDa.id },
          {},
          (s: TData["signals"][number]) => s.countsAgainstPerson && s.unitId === data.tree.units.dongDa.id,
        ],
        [
          {},
          { personId: person.id },
          (s: TData["signals"][number]) => s.countsAgainstPerson && s.subjectUserId === person.id,
        ],
        [{}, { directiveId }, (s: TData["signals"][number]) => s.countsAgainstPerson && s.directiveId === directiveId],
        [
          {},
          { period: march },
          (s: TData["signals"][number]) => s.countsAgainstPerson && s.since >= march.from && s.since < march.to,
        ],
      ] as const;
      for (const [options, filter, keep] of cases) {
        const expected = expectedSignals(scopePath, keep);
        const list = await findScopeSignals({ scopePath, ...filter }, { ...options, pageSize: 500, locale: "vi", now });
        expect(list.signals.map((s) => s.id)).toEqual(expected);
        expect(list.total).toBe(expected.length);
      }
      const all = expectedSignals(scopePath, (s) => s.countsAgainstPerson);
      const second = await findScopeSignals({ scopePath }, { page: 2, pageSize: 4, locale: "vi", now });
      expect(second.signals.map((s) => s.id)).toEqual(all.slice(4, 8));
      expect(second.pageCount).toBe(Math.ceil(all.length / 4));
    });
  });

  it("lists the escalations waiting in the scope, oldest first, with their task, step, owner, units and who raised them", async () => {
    const { units, people } = data.tree;
    const open = data.tasks.filter((t) => t.status !== "CANCELLED");
    const cancelled = data.tasks.find((t) => t.status === "CANCELLED")!;
    const at = (h: number) => new Date(now.getTime() - h * HOUR);
    const made = [];
    for (const [i, e] of [
      { task: open[0], step: true, to: units.hanoi, raisedBy: people.dongDaHead.id, createdAt: at(5) },
      { task: open[1], step: false, to: units.dongDa, raisedBy: null, createdAt: at(30) },
      { task: open[2], step: true, to: units.daNang, raisedBy: null, createdAt: at(10) },
      { task: open[3], step: true, to: units.hanoi, raisedBy: null, createdAt: at(20), resolvedAt: now },
      { task: cancelled, step: true, to: units.hanoi, raisedBy: null, createdAt: at(40) },
    ].entries()) {
      made.push(
        await testDb.prisma.escalation.create({
          data: {
            kind: e.raisedBy ? "MANUAL" : "AUTOMATIC",
            level: i + 1,
            taskId: e.task.id,
            stepId: e.step ? e.task.steps[0].id : null,
            fromUnitId: units.dongDa.id,
            toUnitId: e.to.id,
            raisedById: e.raisedBy,
            reason: `Lý do thử ${i}`,
            createdAt: e.createdAt,
            resolvedAt: e.resolvedAt ?? null,
          },
        }),
      );
    }
    const list = await findOpenEscalations({ scopePath: units.hanoi.path });
    expect(list.total).toBe(2);
    expect(list.escalations).toEqual([
      {
        id: made[1].id,
        kind: "AUTOMATIC",
        level: 2,
        reason: "Lý do thử 1",
        createdAt: at(30),
        task: { id: open[1].id, title: open[1].title },
        step: null,
        fromUnit: { name: units.dongDa.name },
        toUnit: { name: units.dongDa.name },
        raisedBy: null,
      },
      {
        id: made[0].id,
        kind: "MANUAL",
        level: 1,
        reason: "Lý do thử 0",
        createdAt: at(5),
        task: { id: open[0].id, title: open[0].title },
        step: {
          name: open[0].steps[0].name,
          owner: { name: data.owners.find((o) => o.id === open[0].steps[0].ownerId)!.name },
        },
        fromUnit: { name: units.dongDa.name },
        toUnit: { name: units.hanoi.name },
        raisedBy: { name: people.dongDaHead.name },
      },
    ]);
    const first = await findOpenEscalations({ scopePath: units.root.path }, 1);
    expect(first.total).toBe(3);
    expect(first.escalations.map((e) => e.id)).toEqual([made[1].id]);
    const ofDirective = await findOpenEscalations({ scopePath: units.root.path, directiveId: open[2].directiveId });
    expect(ofDirective.escalations.map((e) => e.id)).toEqual(
      made
        .filter((m, i) => i < 3 && data.tasks.find((t) => t.id === m.taskId)!.directiveId === open[2].directiveId)
        .map((m) => m.id),
    );
  });
});
