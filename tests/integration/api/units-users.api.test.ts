import { describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { unitIdOf } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });

async function allPages(api: ReturnType<typeof as>, path: string, query: Record<string, string | number> = {}) {
  const items: { id: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.get(path, { ...query, cursor });
    expectStatus(res, 200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("GET /units", () => {
  it("returns the whole tree in tree order, parents before their children", async () => {
    // Other files add units while this runs (the unit administration's tests): the answer
    // holds every unit there was before it and none that was not there after it.
    const before = await apiDb.unit.count();
    const res = await as("staff").get("/units");
    expectStatus(res, 200);
    const units = res.body.items as { id: string; parentId: string | null; depth: number }[];
    expect(units.length).toBeGreaterThanOrEqual(before);
    expect(units.length).toBeLessThanOrEqual(await apiDb.unit.count());
    const seen = new Set<string>();
    for (const u of units) {
      if (u.parentId) expect(seen.has(u.parentId)).toBe(true);
      seen.add(u.id);
    }
    expect(units[0]).toMatchObject({ parentId: null, depth: 0 });
  });

  it("pages with an opaque cursor, without gaps or repeats", async () => {
    const all = await allPages(as("staff"), "/units", { limit: 5 });
    expect(all.map((u) => u.id)).toEqual((await as("staff").get("/units")).body.items.map((u: { id: string }) => u.id));
  });

  it("narrows to a unit and the units below it", async () => {
    const hanoi = await unitIdOf(apiTestAccounts.provinceHead);
    const res = await as("staff").get("/units", { under: hanoi });
    expectStatus(res, 200);
    expect(res.body.items[0]).toMatchObject({ id: hanoi, depth: 0 });
    const hanoiPath = res.body.items[0].path;
    expect(res.body.items.every((u: { path: string }) => u.path.startsWith(hanoiPath))).toBe(true);
    expect(res.body.items.some((u: { id: string }) => u.id === hanoi)).toBe(true);
  });

  it("answers 404 for a unit that does not exist, 400 for a bad cursor or an unknown parameter", async () => {
    expectStatus(await as("staff").get("/units", { under: "3fa85f64-5717-4562-b3fc-2c963f66afa6" }), 404);
    const badCursor = await as("staff").get("/units", { cursor: "not-a-cursor" });
    expectStatus(badCursor, 400);
    expect(badCursor.body.error.fields).toHaveProperty("cursor");
    const unknown = await as("staff").get("/units", { parent: "x" });
    expectStatus(unknown, 400);
    expect(unknown.body.error.fields).toHaveProperty("parent");
  });
});

describe("GET /users", () => {
  const unitsOf = (items: { unit: { id: string } }[]) => new Set(items.map((u) => u.unit.id));

  it("shows staff only the people of their own unit", async () => {
    const users = (await allPages(as("staff"), "/users")) as unknown as { unit: { id: string }; email: string }[];
    expect(unitsOf(users)).toEqual(new Set([await unitIdOf(apiTestAccounts.staff)]));
    expect(users.map((u) => u.email)).toContain(apiTestAccounts.head);
  });

  it("shows a head the people of their unit tree, and nobody outside it", async () => {
    const inTree = async () => {
      const { path } = (
        await apiDb.user.findUniqueOrThrow({ where: { email: apiTestAccounts.provinceHead }, include: { unit: true } })
      ).unit;
      return apiDb.user.count({ where: { unit: { path: { startsWith: path } } } });
    };
    // People are added and moved by the people administration's tests meanwhile: bounds, as for units.
    const before = await inTree();
    const users = (await allPages(as("provinceHead"), "/users", { limit: 7 })) as unknown as {
      unit: { id: string };
      email: string;
    }[];
    const emails = users.map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining([apiTestAccounts.staff, apiTestAccounts.otherStaff, apiTestAccounts.provinceHead]),
    );
    expect(emails).not.toContain(apiTestAccounts.tccb);
    expect(users.length).toBeGreaterThanOrEqual(before - 1);
    expect(users.length).toBeLessThanOrEqual((await inTree()) + 1);
  });

  it.each(["tccb", "inspector", "admin"] as const)("shows %s everyone in the sector", async (role) => {
    const before = await apiDb.user.count();
    const users = await allPages(as(role), "/users", { limit: 100 });
    expect(users.length).toBeGreaterThanOrEqual(before);
    expect(users.length).toBeLessThanOrEqual(await apiDb.user.count());
  });

  it("filters by name and by unit, but a filter never widens the scope", async () => {
    const byName = await as("tccb").get("/users", { q: "Trương Văn Hiếu" });
    expect(byName.body.items.map((u: { email: string }) => u.email)).toEqual([apiTestAccounts.otherStaff]);
    const otherUnit = await unitIdOf(apiTestAccounts.otherStaff);
    const outOfScope = await as("staff").get("/users", { unit: otherUnit });
    expectStatus(outOfScope, 200);
    expect(outOfScope.body.items).toEqual([]);
    const inScope = await as("provinceHead").get("/users", { unit: otherUnit });
    expect(inScope.body.items.length).toBeGreaterThan(0);
    expect(unitsOf(inScope.body.items)).toEqual(new Set([otherUnit]));
  });

  it("answers 400 naming the field for a malformed filter", async () => {
    const res = await as("staff").get("/users", { unit: "12", limit: 1000 });
    expectStatus(res, 400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["limit", "unit"]);
  });
});
