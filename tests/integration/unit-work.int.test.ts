import { beforeAll, describe, expect, it } from "vitest";
import { ZUnitWorkFilter } from "../../lib/schemas/unit-work-filter";
import { findUnitOpenSteps } from "../../lib/server/units/find-unit-open-steps";
import { findUnitRulings } from "../../lib/server/units/find-unit-rulings";
import { createTask } from "../factories/create-task";
import { createUnitTree } from "../factories/create-unit-tree";
import { testDb } from "../support/use-test-db";

// Wednesday 18/11/2026, 10:00 in Hà Nội; no holidays in the test calendar around it.
const now = new Date("2026-11-18T03:00:00Z");
const at = (iso: string) => new Date(iso);

describe("unit work", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let overdue: string, dueSoon: string, inTime: string, returned: string;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const { dongDaHead, dongDaStaff, hbtStaff } = tree.people;
    const task = (
      owner: typeof dongDaStaff,
      deadline: Date,
      status: "TODO" | "IN_PROGRESS" | "RETURNED" = "IN_PROGRESS",
      unitId = tree.units.dongDa.id,
    ) =>
      createTask(testDb.prisma, {
        leadUnitId: unitId,
        assignerId: dongDaHead.id,
        steps: [{ owner, deadline, status }],
      });
    overdue = (await task(dongDaStaff, at("2026-11-16T16:59:59Z"))).steps[0].id;
    dueSoon = (await task(dongDaStaff, at("2026-11-20T16:59:59Z"))).steps[0].id;
    inTime = (await task(dongDaStaff, at("2026-12-20T16:59:59Z"))).steps[0].id;
    returned = (await task(dongDaStaff, at("2026-12-01T16:59:59Z"), "RETURNED")).steps[0].id;
    await task(hbtStaff, at("2026-11-16T16:59:59Z"), "IN_PROGRESS", tree.units.haiBaTrung.id);
    await testDb.prisma.event.create({
      data: { kind: "STEP_RETURNED", stepId: returned, actorId: dongDaStaff.id, reason: "Việc thuộc bộ phận thu" },
    });
  });

  const ids = async (query: Record<string, string>, who: "dongDaHead" | "hanoiHead" = "dongDaHead") =>
    (await findUnitOpenSteps(tree.people[who].actor, ZUnitWorkFilter.parse(query), now)).items.map((s) => s.id);

  it.each([
    ["OVERDUE", () => [overdue]],
    ["DUE_SOON", () => [dueSoon]],
    ["IN_TIME", () => [returned, inTime]],
    ["RETURNED", () => [returned]],
  ])("filters the head's open steps by state %s in SQL", async (state, expected) => {
    expect(await ids({ state })).toEqual(expected());
  });

  it("filters by person and by deadline range", async () => {
    expect(await ids({ person: tree.people.hbtStaff.id })).toEqual([]);
    expect(await ids({ from: "2026-11-19", to: "2026-12-02" })).toEqual([dueSoon, returned]);
  });

  it("lets the province head see the districts below, and drops a malformed filter", async () => {
    const all = await ids({ state: "OVERDUE", person: "not-a-uuid" }, "hanoiHead");
    expect(all).toHaveLength(2);
    expect(all).toContain(overdue);
  });

  it("puts the returned step with its reason among the rulings", async () => {
    const { returns } = await findUnitRulings(tree.people.dongDaHead.actor);
    expect(returns.map((r) => r.id)).toEqual([returned]);
    expect(returns[0].events[0].reason).toBe("Việc thuộc bộ phận thu");
    const sibling = await findUnitRulings(tree.people.hbtHead.actor);
    expect(sibling.returns).toEqual([]);
  });
});
