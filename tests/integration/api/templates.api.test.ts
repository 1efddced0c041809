import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
type TTemplate = {
  id: string;
  name: string;
  isActive: boolean;
  unit: { id: string; name: string } | null;
  steps: { name: string; kind: string; defaultDurationDays: number }[];
  canEdit: boolean;
};

describe("GET /templates", () => {
  let retiredId: string;
  let hcmId: string;
  beforeAll(async () => {
    const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    retiredId = (
      await apiDb.processTemplate.create({
        data: {
          name: `Quy trình đã ngừng ${stamp}`,
          isActive: false,
          steps: { create: [{ order: 1, name: "Xử lý", kind: "HANDLE", defaultDurationDays: 3 }] },
        },
      })
    ).id;
    const hcm = await apiDb.unit.findFirstOrThrow({
      where: { level: "PROVINCE", NOT: { users: { some: { email: apiTestAccounts.provinceHead } } } },
    });
    hcmId = (
      await apiDb.processTemplate.create({
        data: {
          name: `Quy trình riêng của ${hcm.name} ${stamp}`,
          unitId: hcm.id,
          steps: { create: [{ order: 1, name: "Tiếp nhận", kind: "RECEIVE", defaultDurationDays: 1 }] },
        },
      })
    ).id;
  });

  it("gives a staff member the active templates that apply to them: the sector's and their units', steps in order", async () => {
    const res = await as("staff").get("/templates");
    expectStatus(res, 200);
    const items = res.body.items as TTemplate[];
    const staff = await apiDb.user.findUniqueOrThrow({
      where: { email: apiTestAccounts.staff },
      include: { unit: true },
    });
    const ancestors = staff.unit.path.split("/").filter(Boolean);
    const expected = await apiDb.processTemplate.findMany({
      where: { isActive: true, OR: [{ unitId: null }, { unitId: { in: ancestors } }] },
      include: { steps: { orderBy: { order: "asc" } } },
    });
    expect(items.map((t) => t.id).sort()).toEqual(expected.map((t) => t.id).sort());
    expect(items.some((t) => t.id === hcmId || t.id === retiredId)).toBe(false);
    for (const t of items) {
      const e = expected.find((x) => x.id === t.id)!;
      expect(t.steps).toEqual(
        e.steps.map((s) => ({ name: s.name, kind: s.kind, defaultDurationDays: s.defaultDurationDays })),
      );
      expect(t.canEdit).toBe(false);
    }
  });

  it("gives TCCB every template, the retired ones on request, and pages without gaps", async () => {
    const active = (await as("tccb").get("/templates", { limit: 200 })).body.items as TTemplate[];
    expect(active.length).toBe(await apiDb.processTemplate.count({ where: { isActive: true } }));
    expect(active.find((t) => t.id === hcmId)?.unit).toMatchObject({ name: expect.any(String) });
    const retired = await as("tccb").get("/templates", { status: "inactive" });
    expectStatus(retired, 200);
    expect((retired.body.items as TTemplate[]).map((t) => t.id)).toContain(retiredId);
    expect((retired.body.items as TTemplate[]).every((t) => !t.isActive)).toBe(true);
    const all = (await as("tccb").get("/templates", { status: "all", limit: 200 })).body.items as TTemplate[];
    expect(all.length).toBe(await apiDb.processTemplate.count());

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as("tccb").get("/templates", { limit: 2, cursor });
      expectStatus(page, 200);
      paged.push(...(page.body.items as TTemplate[]).map((t) => t.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(active.map((t) => t.id));
  });

  it("answers 400 for an unknown status or a bad cursor, naming the field", async () => {
    const bad = await as("staff").get("/templates", { status: "deleted" });
    expectStatus(bad, 400);
    expect(bad.body.error.fields).toHaveProperty("status");
    const badCursor = await as("staff").get("/templates", { cursor: "not-a-cursor" });
    expectStatus(badCursor, 400);
    expect(badCursor.body.error.fields).toHaveProperty("cursor");
  });
});
