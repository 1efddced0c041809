import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { addCalendarDays, localDateOf } from "../../../lib/domain/calendar";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const today = localDateOf(new Date());
const day = (n: number) => addCalendarDays(today, n);
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((d) => d.id);

describe("GET/POST /delegations, DELETE /delegations/{id}", () => {
  const people: Record<string, string> = {};
  beforeAll(async () => {
    for (const [role, email] of Object.entries(apiTestAccounts)) people[role] = await userId(email);
  });

  it("a person names a deputy for themselves; both see it; nobody else does, but an admin", async () => {
    const made = await as("staff").post("/delegations", {
      deputyId: people.otherStaff,
      scope: "STEPS",
      startsOn: day(300),
      endsOn: day(302),
      reason: "Nghỉ phép năm",
    });
    expectStatus(made, 201);
    expect(made.body).toMatchObject({
      principal: { id: people.staff },
      deputy: { id: people.otherStaff },
      createdBy: { id: people.staff },
      scope: "STEPS",
      status: "upcoming",
      revokedAt: null,
    });
    for (const role of ["staff", "otherStaff"] as const) {
      const list = await as(role).get("/delegations");
      expectStatus(list, 200);
      expect(ids(list)).toContain(made.body.id);
    }
    for (const role of ["head", "provinceHead", "tccb", "inspector"] as const) {
      const list = await as(role).get("/delegations", { person: people.staff });
      expectStatus(list, 200);
      expect(ids(list)).not.toContain(made.body.id);
    }
    const admin = await as("admin").get("/delegations", { person: people.staff });
    expectStatus(admin, 200);
    expect(ids(admin)).toContain(made.body.id);
    expectStatus(await as("admin").get("/delegations", { person: "không-phải-mã" }), 400);
  });

  it("refuses oneself as deputy, an end before the start (400) and an overlapping range (409), writing no event", async () => {
    const before = await apiDb.event.count({ where: { actorId: people.staff, kind: "DELEGATION_CREATED" } });
    const self = await as("staff").post("/delegations", {
      deputyId: people.staff,
      scope: "STEPS",
      startsOn: day(310),
      endsOn: day(311),
    });
    expectStatus(self, 400);
    expect(self.body.error.fields.deputyId[0]).toContain("chính mình");
    const reversed = await as("staff").post("/delegations", {
      deputyId: people.head,
      scope: "STEPS",
      startsOn: day(311),
      endsOn: day(310),
    });
    expectStatus(reversed, 400);
    expect(Object.keys(reversed.body.error.fields)).toEqual(["endsOn"]);
    const overlap = await as("staff").post("/delegations", {
      deputyId: people.head,
      scope: "STEPS",
      startsOn: day(302),
      endsOn: day(305),
    });
    expectStatus(overlap, 409);
    expect(overlap.body.error.message).toContain("trùng");
    const bad = await as("staff").post("/delegations", { deputyId: "x", scope: "ALL", startsOn: "18/11/2026" });
    expectStatus(bad, 400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["deputyId", "endsOn", "scope", "startsOn"]);
    expect(await apiDb.event.count({ where: { actorId: people.staff, kind: "DELEGATION_CREATED" } })).toBe(before);
  });

  it("only an admin names a deputy for someone else; a head's decisions only within the head's tree", async () => {
    const forHead = {
      principalId: people.head,
      deputyId: people.staff,
      scope: "HEAD_DECISIONS",
      startsOn: day(320),
      endsOn: day(321),
    };
    for (const role of ["staff", "provinceHead", "tccb", "inspector"] as const) {
      expectStatus(await as(role).post("/delegations", forHead), 403);
    }
    expectStatus(await as("staff").post("/delegations", { ...forHead, principalId: undefined }), 400);
    const outside = await as("head").post("/delegations", {
      ...forHead,
      principalId: undefined,
      deputyId: people.otherStaff,
    });
    expectStatus(outside, 400);
    expect(outside.body.error.fields.deputyId[0]).toContain("cấp dưới");
    const made = await as("admin").post("/delegations", forHead);
    expectStatus(made, 201);
    expect(made.body).toMatchObject({ principal: { id: people.head }, createdBy: { id: people.admin } });
    expectStatus(await as("admin").post("/delegations", { ...forHead, principalId: randomUUID() }), 404);
  });

  it("during the range the deputy reads and acts on the principal's step; the event says for whom; revoked, it is 404", async () => {
    const dongDaId = (await apiDb.user.findUniqueOrThrow({ where: { id: people.staff } })).unitId;
    const task = await apiDb.task.findFirstOrThrow({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, leadUnitId: dongDaId, coordinators: { none: {} } },
    });
    const step = await apiDb.taskStep.create({
      data: {
        taskId: task.id,
        order: 1000 + Math.floor(Math.random() * 9000),
        name: "Khâu thử ủy quyền",
        kind: "HANDLE",
        ownerId: people.staff,
        unitId: dongDaId,
        deadline: task.deadline,
        originalDeadline: task.deadline,
        status: "TODO",
      },
    });
    const isVisibleTo = async (role: "otherStaff") => (await as(role).get(`/tasks/${task.id}`)).status;
    const hiddenBefore = await isVisibleTo("otherStaff");
    const made = await as("staff").post("/delegations", {
      deputyId: people.otherStaff,
      scope: "STEPS",
      startsOn: today,
      endsOn: day(1),
    });
    expectStatus(made, 201);
    expect(made.body.status).toBe("live");
    expect(await isVisibleTo("otherStaff")).toBe(200);
    const started = await as("otherStaff").post(`/steps/${step.id}/start`, { expectedVersion: 0 });
    expectStatus(started, 200);
    const events = await as("staff").get(`/tasks/${task.id}/events`, { limit: 200 });
    expectStatus(events, 200);
    expect(events.body.items.find((e: { stepId: string }) => e.stepId === step.id)).toMatchObject({
      kind: "STEP_STARTED",
      actor: { id: people.otherStaff },
      onBehalfOf: { id: people.staff },
    });
    // Someone else cannot revoke it; the deputy can give it up, once.
    expectStatus(await as("head").delete(`/delegations/${made.body.id}`), 404);
    const revoked = await as("otherStaff").delete(`/delegations/${made.body.id}`);
    expectStatus(revoked, 200);
    expect(revoked.body.status).toBe("revoked");
    expectStatus(await as("otherStaff").delete(`/delegations/${made.body.id}`), 409);
    expect(await isVisibleTo("otherStaff")).toBe(hiddenBefore);
    expectStatus(
      await as("otherStaff").post(`/steps/${step.id}/progress`, { expectedVersion: 1, note: "Tiếp tục xử lý" }),
      hiddenBefore === 404 ? 404 : 403,
    );
  });

  it("DELETE answers 404 for an unknown or malformed id, and 401 without credentials", async () => {
    expectStatus(await as("admin").delete(`/delegations/${randomUUID()}`), 404);
    expectStatus(await as("admin").delete("/delegations/khong-phai-ma"), 404);
    expectStatus(await apiAs(null).get("/delegations"), 401);
  });
});
