import { beforeAll, describe, expect, it } from "vitest";
import { rollUp, type TPeriod, type TRollupBy } from "../../../lib/domain/rollups";
import type { TWorkCalendar } from "../../../lib/domain/calendar";
import { getWorkCalendar } from "../../../lib/server/calendar/get-work-calendar";
import { findPeopleNeedingAttention } from "../../../lib/server/dashboards/find-people-needing-attention";
import { findPersonRollups } from "../../../lib/server/dashboards/find-person-rollups";
import { rollUpInSql } from "../../../lib/server/dashboards/roll-up-in-sql";
import { testDb } from "../../support/use-test-db";
import { buildRollupData, march, now } from "./build-rollup-data";
import { loadRollupInputs } from "./load-rollup-inputs";

type TData = Awaited<ReturnType<typeof buildRollupData>>;

describe("the SQL roll-ups agree with rollUp, group by group and number by number", () => {
  let data: TData;
  let cal: TWorkCalendar;
  let unitIds: string[];
  beforeAll(async () => {
    data = await buildRollupData(testDb.prisma);
    cal = await getWorkCalendar();
    unitIds = Object.values(data.tree.units).map((u) => u.id);
  });

  // Whole months are read from the pre-counted cells, other periods from the rows: both must agree.
  const days5to24March = { from: new Date("2041-03-04T17:00:00.000Z"), to: new Date("2041-03-24T17:00:00.000Z") };
  const periods: [string, TPeriod | null][] = [
    ["all time", null],
    ["March 2041", march],
    ["5 to 24 March 2041", days5to24March],
  ];
  const byKinds: TRollupBy[] = ["unit", "person", "directive", "month"];

  describe.each(periods)("over %s", (_label, period) => {
    it.each(byKinds)("steps by %s, whole tree", async (by) => {
      const scope = data.tree.units.root.path;
      const { items, signals } = await loadRollupInputs(testDb.prisma, scope);
      const options = by === "unit" ? { units: Object.values(data.tree.units), includeSubunits: true } : {};
      const expected = rollUp(items, signals, by, cal, now, { ...options, period: period ?? undefined });
      const actual = await rollUpInSql(by, { scopePath: scope, period }, now, { unitIds });
      expect(actual).toEqual(expected);
      expect(actual.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(0);
    });

    it.each(byKinds)("steps by %s, one directive, within BHXH Hà Nội", async (by) => {
      const scope = data.tree.units.hanoi.path;
      const directiveId = data.directives[1].id;
      const all = await loadRollupInputs(testDb.prisma, scope);
      const items = all.items.filter((i) => i.directiveId === directiveId);
      const signals = all.signals.filter((s) => s.directiveId === directiveId);
      const units = Object.values(data.tree.units).filter((u) => u.path.startsWith(scope));
      const options = by === "unit" ? { units, includeSubunits: true } : {};
      const expected = rollUp(items, signals, by, cal, now, { ...options, period: period ?? undefined });
      const actual = await rollUpInSql(by, { scopePath: scope, period, directiveId }, now, {
        unitIds: units.map((u) => u.id),
      });
      expect(actual).toEqual(expected);
    });

    it("steps by unit alone, without the units below", async () => {
      const scope = data.tree.units.root.path;
      const { items, signals } = await loadRollupInputs(testDb.prisma, scope);
      const units = Object.values(data.tree.units);
      const expected = rollUp(items, signals, "unit", cal, now, { units, period: period ?? undefined });
      const actual = await rollUpInSql("unit", { scopePath: scope, period }, now, { unitIds, includeSubunits: false });
      expect(actual).toEqual(expected);
    });

    it.each(["unit", "directive", "month"] as const)("tasks by %s", async (by) => {
      const scope = data.tree.units.root.path;
      const { items, signals } = await loadRollupInputs(testDb.prisma, scope, "task");
      const options = by === "unit" ? { units: Object.values(data.tree.units), includeSubunits: true } : {};
      const expected = rollUp(items, signals, by, cal, now, { ...options, period: period ?? undefined });
      const actual = await rollUpInSql(by, { scopePath: scope, period, level: "task" }, now, { unitIds });
      expect(actual).toEqual(expected);
    });
  });

  it("steps by unit and month: each unit's months as rollUp by month over that unit's subtree", async () => {
    const scope = data.tree.units.root.path;
    const { items, signals } = await loadRollupInputs(testDb.prisma, scope);
    const units = Object.values(data.tree.units);
    const pathOf = new Map(units.map((u) => [u.id, u.path]));
    const expected = units
      .flatMap((u) =>
        rollUp(
          items.filter((i) => i.unitPath.startsWith(u.path)),
          signals.filter((s) => pathOf.get(s.unitId)!.startsWith(u.path)),
          "month",
          cal,
          now,
        ).map((row) => ({ ...row, key: `${u.id}|${row.key}` })),
      )
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(await rollUpInSql("unitMonth", { scopePath: scope }, now, { unitIds })).toEqual(expected);
  });

  it("covers every category, extensions, completions at the deadline and late work across holidays", async () => {
    const [root] = await rollUpInSql("unit", { scopePath: data.tree.units.root.path }, now, {
      unitIds: [data.tree.units.root.id],
    });
    for (const n of Object.values(root.categories)) expect(n).toBeGreaterThan(0);
    expect(root.extended).toBeGreaterThan(0);
    expect(root.doneWithinExtension).toBeGreaterThan(0);
    expect(root.averageWorkingDaysLate).not.toBeNull();
    const steps = data.tasks.flatMap((t) => t.steps);
    expect(steps.some((s) => s.completedAt?.getTime() === s.deadline.getTime())).toBe(true);
    expect(steps.some((s) => !s.completedAt && s.deadline.getTime() === now.getTime())).toBe(true);
    expect(data.signals.some((s) => !s.countsAgainstPerson)).toBe(true);
  });
});

describe("the people who most need attention", () => {
  it.each([1, 2, 3, 5, 50])("are the first %i of the whole ranking, found without counting everyone", async (limit) => {
    const data = await buildRollupData(testDb.prisma, 4242 + limit);
    const filter = { scopePath: data.tree.units.root.path };
    const whole = (await findPersonRollups(filter, now)).filter((p) => p.signalTotal > 0 || p.categories.OVERDUE > 0);
    const shortlist = await findPeopleNeedingAttention(filter, now, limit);
    expect(shortlist).toEqual(whole.slice(0, limit));
    expect(shortlist.length).toBe(Math.min(limit, whole.length));
  });
});
