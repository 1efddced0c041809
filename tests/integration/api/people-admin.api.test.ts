import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const code = () => `CB-API-${randomUUID().slice(0, 6).toUpperCase()}`;

describe("POST /users, PATCH /users/{id}, POST /users/{id}/move|deactivate|reactivate", () => {
  let dongDaId: string;
  let hbtId: string;
  let headId: string;
  beforeAll(async () => {
    dongDaId = (await apiDb.unit.findFirstOrThrow({ where: { code: "HN-DD" } })).id;
    hbtId = (await apiDb.unit.findFirstOrThrow({ where: { code: "HN-HBT" } })).id;
    headId = (await apiDb.user.findFirstOrThrow({ where: { email: "truong.dongda@demo.bhxh.vn" } })).id;
  });
  const create = (over: Record<string, unknown> = {}) =>
    as("admin").post("/users", {
      name: "Cán bộ thử qua API",
      email: `${randomUUID()}@test.bhxh.vn`,
      employeeCode: code(),
      position: "STAFF",
      roles: ["STAFF"],
      unitId: dongDaId,
      ...over,
    });

  it("lets an admin create a person, found without diacritics by GET /users, and refuses other roles", async () => {
    const c = code();
    const res = await create({ name: "Trịnh Thị Ưng Thử", employeeCode: c, title: "Chuyên viên" });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ employeeCode: c, unit: { id: dongDaId }, isActive: true });
    const found = await as("admin").get("/users", { q: "trinh thi ung thu" });
    expectStatus(found, 200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toContain(res.body.id);
    for (const role of ["staff", "head", "provinceHead", "tccb", "inspector"] as const) {
      const email = `${randomUUID()}@test.bhxh.vn`;
      expectStatus(
        await as(role).post("/users", {
          name: "Không được tạo",
          email,
          employeeCode: code(),
          position: "STAFF",
          roles: ["STAFF"],
          unitId: dongDaId,
        }),
        403,
      );
      expect(await apiDb.user.count({ where: { email } })).toBe(0);
    }
  });

  it("answers 400 for bad fields and 409 for a taken employee code or e-mail", async () => {
    const bad = await create({ email: "không-phải-thư", roles: [], position: 1 });
    expectStatus(bad, 400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["email", "position", "roles"]);
    expectStatus(await create({ employeeCode: "CB-000001" }), 409);
    expectStatus(await create({ email: "nv.dongda@demo.bhxh.vn" }), 409);
  });

  it("edits, moves with every open step handed over, deactivates and reactivates", async () => {
    const person = (await create()).body;
    const renamed = await as("admin").patch(`/users/${person.id}`, {
      title: "Chuyên viên chính",
      roles: ["STAFF", "UNIT_HEAD"],
    });
    expectStatus(renamed, 200);
    expect(renamed.body.roles).toEqual(["STAFF", "UNIT_HEAD"]);
    const task = await apiDb.task.findFirstOrThrow({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, leadUnitId: dongDaId },
    });
    const step = await apiDb.taskStep.create({
      data: {
        taskId: task.id,
        order: 90 + Math.floor(Math.random() * 900),
        name: "Khâu thử bàn giao",
        kind: "HANDLE",
        ownerId: person.id,
        unitId: dongDaId,
        deadline: task.deadline,
        originalDeadline: task.deadline,
        status: "TODO",
      },
    });
    expectStatus(await as("admin").post(`/users/${person.id}/move`, { unitId: hbtId, handovers: [] }), 400);
    const moved = await as("admin").post(`/users/${person.id}/move`, {
      unitId: hbtId,
      handovers: [{ stepId: step.id, toUserId: headId }],
    });
    expectStatus(moved, 200);
    expect(moved.body.unit.id).toBe(hbtId);
    expect((await apiDb.taskStep.findUniqueOrThrow({ where: { id: step.id } })).ownerId).toBe(headId);
    const off = await as("admin").post(`/users/${person.id}/deactivate`, { handovers: [] });
    expectStatus(off, 200);
    expect(off.body.isActive).toBe(false);
    expectStatus(await as("admin").post(`/users/${person.id}/deactivate`, { handovers: [] }), 409);
    expectStatus(await as("admin").post(`/users/${person.id}/reactivate`, {}), 200);
    expectStatus(await as("admin").post(`/users/${randomUUID()}/reactivate`, {}), 404);
    expectStatus(await as("tccb").post(`/users/${person.id}/deactivate`, { handovers: [] }), 403);
  });
});
