import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../lib/domain/access/roles";
import { taskScopeWhere } from "../../lib/server/access/task-scope";
import { findTaskPage } from "../../lib/server/search/find-task-page";
import { getClassifyContext } from "../../lib/server/settings/get-classify-context";
import { countHeadScopeTasks } from "../../lib/server/search/count-head-scope-tasks";
import { findSmallScopeTaskIds } from "../../lib/server/search/find-small-scope-task-ids";
import { SEARCH_PAGE_SIZE, searchTasks } from "../../lib/server/search/search-tasks";
import { textSearchWhere } from "../../lib/server/search/text-search-where";
import { createConsultation } from "../factories/create-consultation";
import { createDirective, createTask } from "../factories/create-task";
import { createUnit } from "../factories/create-unit";
import { createUnitTree } from "../factories/create-unit-tree";
import { createUser } from "../factories/create-user";
import { unique } from "../factories/unique";
import { testDb } from "../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
/** Forces the walked (large scope) path: no scope is small enough to be read whole. */
const WALKED = 0;

/**
 * A head's task list and search read a small scope whole from TaskUnit and sort it, and walk a
 * large one in deadline order; both must give the same rows, order and totals as the plain
 * queries over taskScopeWhere, and so must the whole-scope count read from TaskUnit alone.
 */
describe("task list and search: a head's small and large scope paths", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  const word = `zs${unique()}`;

  /** The plain answer: every task in scope matching the text, soonest deadline first. */
  const reference = async (actor: TActor, q: string) =>
    (
      await testDb.prisma.task.findMany({
        where: { AND: [taskScopeWhere(actor), textSearchWhere(q)] },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        select: { id: true },
      })
    ).map((t) => t.id);

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const directiveId = (await createDirective(testDb.prisma)).id;
    const { dongDa, haiBaTrung, daNang } = tree.units;
    // 50 tasks over three units, five deadlines (so ties are broken by id), every third with the word.
    await testDb.prisma.task.createMany({
      data: Array.from({ length: 50 }, (_, i) => {
        const deadline = new Date(Date.UTC(2026, 10, 20 + (i % 5), 16, 59, 59, 999));
        return {
          title: `Nhiệm vụ ${i}`,
          directiveId,
          leadUnitId: [dongDa, haiBaTrung, daNang][i % 3].id,
          assignerId: tree.people.tccb.id,
          deadline,
          originalDeadline: deadline,
          searchText: i % 3 === 0 ? `nhiem vu ${i} ${word}` : `nhiem vu ${i}`,
        };
      }),
    });
    // Led by Đà Nẵng with a step in Đống Đa: in Hà Nội's and Đống Đa's scope through the step.
    const owner = tree.people.dongDaStaff;
    await createTask(testDb.prisma, {
      leadUnitId: daNang.id,
      assignerId: tree.people.tccb.id,
      steps: [{ owner, deadline: new Date("2026-11-21T16:59:59.999Z") }],
    });
    // Led and handled by Đà Nẵng, with a question to a Hai Bà Trưng staff member: in their scope only through it.
    const asked = await createTask(testDb.prisma, {
      leadUnitId: daNang.id,
      assignerId: tree.people.tccb.id,
      steps: [{ owner: tree.people.daNangStaff, deadline: new Date("2026-11-22T16:59:59.999Z") }],
    });
    await createConsultation(testDb.prisma, {
      stepId: asked.steps[0].id,
      requesterId: tree.people.daNangStaff.id,
      targetUserId: tree.people.hbtStaff.id,
      responseDeadline: new Date("2026-11-21T16:59:59.999Z"),
    });
  });

  it.each(["hanoiHead", "dongDaHead", "daNangHead"] as const)(
    "counts %s's whole scope from TaskUnit as the plain count does",
    async (who) => {
      const actor = tree.people[who].actor;
      const plain = await testDb.prisma.task.count({ where: taskScopeWhere(actor) });
      expect(plain).toBeGreaterThan(0);
      expect(await countHeadScopeTasks(actor.unitPath)).toBe(plain);
    },
  );

  it("counts nothing for a unit no task involves", async () => {
    const unit = await createUnit(testDb.prisma, {
      level: "DISTRICT",
      parent: tree.units.daNang,
      name: `Trống ${unique()}`,
    });
    expect(await countHeadScopeTasks(unit.path)).toBe(0);
  });

  it.each(["hanoiHead", "dongDaStaff", "hbtStaff"] as const)(
    "reads %s's scope whole, the same tasks as taskScopeWhere, only while it is small",
    async (who) => {
      const actor = tree.people[who].actor;
      expect((await findSmallScopeTaskIds(actor))?.sort()).toEqual((await reference(actor, "")).sort());
      expect(await findSmallScopeTaskIds(actor, WALKED)).toBeNull();
    },
  );

  it("never reads a sector-wide scope whole", async () => {
    expect(await findSmallScopeTaskIds(tree.people.tccb.actor)).toBeNull();
  });

  it.each([
    ["hanoiHead", ""],
    ["hanoiHead", "word"],
    ["dongDaHead", ""],
    ["dongDaHead", "word"],
    ["daNangHead", "nothing"],
    ["dongDaStaff", ""],
    ["hbtStaff", "word"],
  ] as const)("gives %s the same search pages and total (q=%s) on both paths", async (who, q) => {
    const actor = tree.people[who].actor;
    const text = q === "word" ? word : q === "nothing" ? `zz${unique()}` : "";
    const expected = await reference(actor, text);
    for (const smallScopeRows of [undefined, WALKED]) {
      const pages = [];
      for (let page = 1; page <= Math.max(1, Math.ceil(expected.length / SEARCH_PAGE_SIZE)); page++) {
        const found = await searchTasks(actor, { q: text, unitPath: null, personId: null, page }, now, {
          smallScopeRows,
        });
        expect([found.total, found.pageCount]).toEqual([
          expected.length,
          Math.max(1, Math.ceil(expected.length / SEARCH_PAGE_SIZE)),
        ]);
        pages.push(...found.items.map((t) => t.id));
      }
      expect(pages).toEqual(expected);
    }
  });

  it.each([
    ["hanoiHead", ""],
    ["dongDaHead", ""],
    ["dongDaStaff", ""],
    ["hbtStaff", ""],
    ["hanoiHead", "word"],
    ["daNangHead", "word"],
    ["tccb", "word"],
  ] as const)("pages %s's API list (q=%s) by cursor to the same rows as the search on both paths", async (who, q) => {
    const actor = tree.people[who].actor;
    const context = await getClassifyContext(now);
    const text = q === "word" ? word : "";
    const expected = await reference(actor, text);
    // The word is only on tasks led by Đống Đa: Đà Nẵng's head must find none of them.
    if (text) expect(expected.length > 0).toBe(who !== "daNangHead");
    for (const smallScopeRows of [undefined, WALKED]) {
      const seen: string[] = [];
      let after: { d: string; i: string } | null = null;
      for (;;) {
        const page = await findTaskPage(actor, { q: text, unitPath: null, after, limit: 7 }, context, smallScopeRows);
        seen.push(...page.items.map((t) => t.id));
        if (!page.hasMore) break;
        const last = page.items[page.items.length - 1];
        after = { d: last.deadline.toISOString(), i: last.id };
      }
      expect(seen).toEqual(expected);
    }
  });

  it("keeps the other filters on the small path: a head's list by status and unit", async () => {
    const actor = tree.people.hanoiHead.actor;
    const context = await getClassifyContext(now);
    const input = { unitPath: tree.units.dongDa.path, status: "IN_PROGRESS" as const, after: null, limit: 100 };
    const [small, walked] = await Promise.all([
      findTaskPage(actor, input, context),
      findTaskPage(actor, input, context, WALKED),
    ]);
    expect(small.items.map((t) => t.id)).toEqual(walked.items.map((t) => t.id));
    expect(small.items.length).toBeGreaterThan(0);
  });

  it("a head with no task at all sees an empty list and a zero total", async () => {
    const unit = await createUnit(testDb.prisma, {
      level: "DISTRICT",
      parent: tree.units.daNang,
      name: `Trống ${unique()}`,
    });
    const head = await createUser(testDb.prisma, unit, { roles: ["STAFF", "UNIT_HEAD"], position: "HEAD" });
    const found = await searchTasks(head.actor, { q: "", unitPath: null, personId: null, page: 1 }, now);
    expect([found.total, found.items.length, found.pageCount]).toEqual([0, 0, 1]);
    expect(
      (await findTaskPage(head.actor, { unitPath: null, after: null, limit: 25 }, await getClassifyContext(now))).items,
    ).toEqual([]);
  });
});
