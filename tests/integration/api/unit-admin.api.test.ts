import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const code = () => `API-${randomUUID().slice(0, 8).toUpperCase()}`;

describe("POST /units, PATCH /units/{id}, POST /units/{id}/close", () => {
  let rootId: string;
  let officeId: string;
  beforeAll(async () => {
    rootId = (await apiDb.unit.findFirstOrThrow({ where: { parentId: null } })).id;
    // Under Văn phòng: other files count Hà Nội's units (reports), and run at the same time.
    officeId = (await apiDb.unit.findFirstOrThrow({ where: { code: "VP" } })).id;
  });
  const create = (over: Record<string, unknown> = {}) =>
    as("admin").post("/units", {
      code: code(),
      name: "Phòng thử qua API",
      level: "DISTRICT",
      parentId: officeId,
      ...over,
    });

  it("lets an admin create a unit, and refuses every other role with 403 and no unit", async () => {
    const res = await create({ shortName: "Phòng API" });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ parentId: officeId, shortName: "Phòng API", closedAt: null, successorId: null });
    for (const role of ["staff", "head", "provinceHead", "tccb", "inspector"] as const) {
      const c = code();
      const refused = await as(role).post("/units", {
        code: c,
        name: "Không được tạo",
        level: "DISTRICT",
        parentId: officeId,
      });
      expectStatus(refused, 403);
      expect(await apiDb.unit.count({ where: { code: c } })).toBe(0);
    }
  });

  it("answers 400 naming the fields for a bad code, a number as text, or an unknown field, and 409 for a code in use", async () => {
    const bad = await create({ code: "mã thường", level: 3 });
    expectStatus(bad, 400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["code", "level"]);
    expectStatus(await create({ colour: "đỏ" }), 400);
    const taken = await create({ code: "HN" });
    expectStatus(taken, 409);
    expect(JSON.stringify(taken.body.error.fields.code)).toContain("HN");
    const invalid = await create({ code: "BHXH\u0000X" });
    expectStatus(invalid, 400);
  });

  it("renames and moves a unit, refuses a cycle with 400 and a missing unit with 404", async () => {
    const parent = await create();
    const child = await create({ parentId: parent.body.id });
    const renamed = await as("admin").patch(`/units/${child.body.id}`, { name: "Phòng đổi tên qua API" });
    expectStatus(renamed, 200);
    expect(renamed.body.name).toBe("Phòng đổi tên qua API");
    const moved = await as("admin").patch(`/units/${child.body.id}`, { parentId: rootId });
    expectStatus(moved, 200);
    expect(moved.body.path).toBe(`/${rootId}/${child.body.id}/`);
    expectStatus(await as("admin").patch(`/units/${parent.body.id}`, { parentId: parent.body.id }), 400);
    expectStatus(await as("admin").patch(`/units/${randomUUID()}`, { name: "Không có đơn vị này" }), 404);
    expectStatus(await as("admin").patch(`/units/${child.body.id}`, {}), 400);
    expectStatus(await as("head").patch(`/units/${child.body.id}`, { name: "Lãnh đạo đổi tên" }), 403);
  });

  it("closes an empty unit, merges one that holds people, and refuses to close one that holds people alone", async () => {
    const empty = await create();
    const closed = await as("admin").post(`/units/${empty.body.id}/close`, { successorId: null });
    expectStatus(closed, 200);
    expect(closed.body.closedAt).not.toBeNull();
    expectStatus(await as("admin").patch(`/units/${empty.body.id}`, { name: "Sửa đơn vị đã đóng" }), 409);

    const held = await create();
    const successor = await create();
    const someone = await apiDb.user.create({
      data: {
        email: `${randomUUID()}@test.bhxh.vn`,
        name: "Người thử sáp nhập",
        passwordHash: "x",
        unitId: held.body.id,
        roles: ["STAFF"],
      },
    });
    expectStatus(await as("admin").post(`/units/${held.body.id}/close`, { successorId: null }), 409);
    const merged = await as("admin").post(`/units/${held.body.id}/close`, { successorId: successor.body.id });
    expectStatus(merged, 200);
    expect(merged.body.successorId).toBe(successor.body.id);
    expect((await apiDb.user.findUniqueOrThrow({ where: { id: someone.id } })).unitId).toBe(successor.body.id);
    expectStatus(await as("tccb").post(`/units/${successor.body.id}/close`, { successorId: null }), 403);
  });
});
