import { beforeAll, describe, expect, it } from "vitest";
import type { TCreateTask } from "../../../lib/schemas/task";
import { createDirective } from "../../../lib/server/directives/create-directive";
import { findSearchFilterOptions } from "../../../lib/server/search/find-search-filter-options";
import { searchDirectives } from "../../../lib/server/search/search-directives";
import { SEARCH_PAGE_SIZE, searchTasks } from "../../../lib/server/search/search-tasks";
import { createTask } from "../../../lib/server/tasks-create/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture, uniqueDirectiveNumber } from "../tasks-create/fixtures";

const now = new Date("2026-11-18T03:00:00Z");

describe("search", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  /** A made-up word only this file's data contains, so other files' data never matches. */
  const marker = `zq${unique()}`;
  let directiveNumber: string;
  let directiveId: string;
  let dongDaTaskId: string;
  let daNangTaskId: string;

  const search = (
    who: keyof typeof tree.people,
    q: string,
    over: { unitPath?: string; personId?: string; page?: number } = {},
  ) =>
    searchTasks(
      tree.people[who].actor,
      { q, unitPath: over.unitPath ?? null, personId: over.personId ?? null, page: over.page ?? 1 },
      now,
    );
  const ids = async (p: ReturnType<typeof search>) => (await p).items.map((t) => t.id);

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    directiveNumber = uniqueDirectiveNumber();
    directiveId = (
      await createDirective(
        tree.people.tccb.actor,
        {
          number: directiveNumber,
          kind: "CONG_VAN",
          issuer: "BHXH Việt Nam",
          issuedOn: "2026-11-02",
          subject: `V/v tăng cường trách nhiệm trong xử lý công việc ${marker}`,
          summary: "",
          implementsNumber: "",
        },
        now,
      )
    ).id;
    const templateId = (await createTemplateFixture(testDb.prisma, { steps: [{ kind: "HANDLE", days: 2 }] })).id;
    const task = (leadUnitId: string, ownerId: string, title: string): TCreateTask => ({
      directiveId,
      title,
      point: "2a",
      description: "",
      leadUnitId,
      coordinatingUnitIds: [],
      deadline: "2026-11-30",
      priority: "NORMAL",
      expectedResult: "",
      templateId,
      steps: [{ ownerId, deadline: "2026-11-20" }],
    });
    dongDaTaskId = (
      await createTask(
        tree.people.hanoiHead.actor,
        task(tree.units.dongDa.id, tree.people.dongDaStaff.id, `Chấn chỉnh tình trạng đùn đẩy ${marker}`),
        now,
      )
    ).id;
    daNangTaskId = (
      await createTask(
        tree.people.tccb.actor,
        task(tree.units.daNang.id, tree.people.daNangStaff.id, `Chấn chỉnh tình trạng đùn đẩy ở Đà Nẵng ${marker}`),
        now,
      )
    ).id;
  });

  it("finds “Chấn chỉnh tình trạng đùn đẩy” by “dun day”", async () => {
    expect(await ids(search("hanoiHead", `dun day ${marker}`))).toEqual([dongDaTaskId]);
  });

  it.each([
    ["with diacritics and capitals", () => `ĐÙN ĐẨY ${marker}`],
    ["by the directive's number and symbol", () => directiveNumber],
  ])("finds the task %s", async (_label, q) => {
    expect(await ids(search("dongDaStaff", q()))).toEqual([dongDaTaskId]);
  });

  it.each([
    ["TCCB sees both", "tccb", ["dongDa", "daNang"]],
    ["the head of Hà Nội sees Đống Đa's", "hanoiHead", ["dongDa"]],
    ["the head of Đà Nẵng sees only Đà Nẵng's", "daNangHead", ["daNang"]],
    ["staff of a sibling district see neither", "hbtStaff", []],
    ["the head of a sibling district sees neither", "hbtHead", []],
  ] as const)("never returns a task outside the actor's scope: %s", async (_label, who, expected) => {
    const byUnit = { dongDa: dongDaTaskId, daNang: daNangTaskId };
    expect((await ids(search(who, `dun day ${marker}`))).sort()).toEqual(expected.map((u) => byUnit[u]).sort());
  });

  it("keeps the scope when filtering by a unit outside it", async () => {
    expect(await ids(search("hanoiHead", marker, { unitPath: tree.units.daNang.path }))).toEqual([]);
  });

  it("filters by unit (and the units below it) and by the owner of a step", async () => {
    expect(await ids(search("tccb", marker, { unitPath: tree.units.hanoi.path }))).toEqual([dongDaTaskId]);
    expect(await ids(search("tccb", marker, { personId: tree.people.daNangStaff.id }))).toEqual([daNangTaskId]);
    expect(await ids(search("tccb", marker, { personId: tree.people.hbtStaff.id }))).toEqual([]);
  });

  /** `n` copies of the Đống Đa task, led by Đống Đa, found by a word of their own. */
  async function copiesOfDongDaTask(n: number): Promise<string> {
    const word = `zp${unique()}`;
    const source = await testDb.prisma.task.findUniqueOrThrow({ where: { id: dongDaTaskId } });
    await testDb.prisma.task.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        title: `Bản sao ${i}`,
        directiveId,
        leadUnitId: source.leadUnitId,
        assignerId: source.assignerId,
        deadline: source.deadline,
        originalDeadline: source.deadline,
        searchText: `ban sao ${word}`,
      })),
    });
    return word;
  }

  it("looks for “%” and “_” as typed, not as wildcards, in the page and in the capped count", async () => {
    const word = `zw${unique()}`;
    const source = await testDb.prisma.task.findUniqueOrThrow({ where: { id: dongDaTaskId } });
    const texts = [`dat 50% chi tieu ${word}`, `dat 500 chi tieu ${word}`, `ma a_b ${word}`, `ma axb ${word}`];
    const rows = texts.map((searchText) => ({
      id: crypto.randomUUID(),
      title: searchText,
      directiveId,
      leadUnitId: source.leadUnitId,
      assignerId: source.assignerId,
      deadline: source.deadline,
      originalDeadline: source.deadline,
      searchText,
    }));
    await testDb.prisma.task.createMany({ data: rows });
    // Every path: a large scope (sector-wide, a head's subtree, a staff member's) and a small one.
    for (const smallScopeRows of [0, 4000]) {
      for (const who of ["tccb", "hanoiHead", "dongDaStaff"] as const) {
        const find = (q: string) =>
          searchTasks(tree.people[who].actor, { q, unitPath: null, personId: null, page: 1 }, now, { smallScopeRows });
        const percent = await find(`50% ${word}`);
        expect([percent.total, percent.items.map((t) => t.id)]).toEqual([1, [rows[0].id]]);
        const underscore = await find(`a_b ${word}`);
        expect([underscore.total, underscore.items.map((t) => t.id)]).toEqual([1, [rows[2].id]]);
      }
    }
  });

  it("pages through many results", async () => {
    const word = await copiesOfDongDaTask(SEARCH_PAGE_SIZE + 1);
    const first = await search("dongDaStaff", word);
    const second = await search("dongDaStaff", word, { page: 2 });
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([
      SEARCH_PAGE_SIZE + 1,
      2,
      SEARCH_PAGE_SIZE,
      1,
    ]);
    expect(first.totalIsCapped).toBe(false);
  });

  it("says “more than” the cap instead of counting every match, and pages through the first ones; a head's whole scope is counted exactly", async () => {
    const word = await copiesOfDongDaTask(SEARCH_PAGE_SIZE + 1);
    const capped = (who: "tccb" | "hanoiHead", q: string) =>
      searchTasks(tree.people[who].actor, { q, unitPath: null, personId: null, page: 1 }, now, {
        smallScopeRows: 0,
        totalCap: 7,
      });
    for (const who of ["tccb", "hanoiHead"] as const) {
      const found = await capped(who, word);
      expect([found.total, found.totalIsCapped, found.pageCount, found.items.length]).toEqual([
        7,
        true,
        1,
        SEARCH_PAGE_SIZE,
      ]);
    }
    // At the cap exactly, the count is exact.
    const exact = await searchTasks(tree.people.tccb.actor, { q: word, unitPath: null, personId: null, page: 1 }, now, {
      totalCap: SEARCH_PAGE_SIZE + 1,
    });
    expect([exact.total, exact.totalIsCapped]).toEqual([SEARCH_PAGE_SIZE + 1, false]);
    // A head's scope without a word or filter is counted from TaskUnit, whatever its size.
    const whole = await capped("hanoiHead", "");
    const inScope = await testDb.prisma.task.count({
      where: { units: { some: { unit: { path: { startsWith: tree.units.hanoi.path } } } } },
    });
    expect([whole.total, whole.totalIsCapped]).toEqual([inScope, false]);
    expect(inScope).toBeGreaterThan(7);
  });

  it("finds directives by text, and with a filter only those with a task the actor may see", async () => {
    const filters = { unitPath: null, personId: null };
    const found = await searchDirectives(tree.people.hbtStaff.actor, { q: `trach nhiem ${marker}`, ...filters }, now);
    expect(found.items.map((d) => d.id)).toEqual([directiveId]);
    const viaUnit = (who: "hbtHead" | "hanoiHead", unitPath: string) =>
      searchDirectives(tree.people[who].actor, { q: marker, unitPath, personId: null }, now);
    expect((await viaUnit("hanoiHead", tree.units.dongDa.path)).total).toBe(1);
    expect((await viaUnit("hbtHead", tree.units.dongDa.path)).total).toBe(0);
  });

  it("offers filter choices within the actor's remit", async () => {
    const head = await findSearchFilterOptions(tree.people.hanoiHead.actor, { unitId: tree.units.dongDa.id }, now);
    expect(head.units.map((u) => u.id).sort()).toEqual(
      [tree.units.hanoi.id, tree.units.dongDa.id, tree.units.haiBaTrung.id].sort(),
    );
    expect(head.people.map((p) => p.id).sort()).toEqual([tree.people.dongDaHead.id, tree.people.dongDaStaff.id].sort());
    expect(head.unitPath).toBe(tree.units.dongDa.path);
    const staff = await findSearchFilterOptions(tree.people.hbtStaff.actor, { unitId: null }, now);
    expect(staff.units.map((u) => u.id)).toEqual([tree.units.haiBaTrung.id]);
  });
});
