import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, dayFromToday, freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
const categories = ["IN_TIME", "DUE_SOON", "OVERDUE", "DONE_ON_TIME", "DONE_LATE"] as const;
let head: TApi;
let task: { id: string; steps: { id: string; ownerId: string; status: string; allowedActions: string[] }[] };

beforeAll(async () => {
  head = await freshApi(apiTestAccounts.head);
  task = await createTaskOverApi(head, [apiTestAccounts.staff]);
});

describe("POST /tasks", () => {
  it("creates the task with one accountable person per step and writes its events", async () => {
    expect(task.steps).toHaveLength(5);
    expect(task.steps.map((s) => s.status)).toEqual(["TODO", "PENDING", "PENDING", "PENDING", "PENDING"]);
    const events = await as("head").get(`/tasks/${task.id}/events`);
    expectStatus(events, 200);
    expect(events.body.items.map((e: { kind: string }) => e.kind)).toEqual([
      "TASK_CREATED",
      ...Array(5).fill("STEP_ASSIGNED"),
    ]);
    expect(events.body.items[0].actor.id).toBe(await userId(apiTestAccounts.head));
  });

  it("refuses staff with 403, and a head assigning outside their unit tree with 403", async () => {
    const template = await apiDb.processTemplate.findFirstOrThrow({
      where: { unitId: null },
      include: { steps: true },
    });
    const directive = await apiDb.directive.findFirstOrThrow();
    const body = (leadUnitId: string) => ({
      directiveId: directive.id,
      title: "Nhiệm vụ ngoài phạm vi",
      leadUnitId,
      deadline: dayFromToday(30),
      templateId: template.id,
      steps: template.steps.map(() => ({
        ownerId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        deadline: dayFromToday(20),
      })),
    });
    expectStatus(await as("staff").post("/tasks", body(await unitIdOf(apiTestAccounts.staff))), 403);
    const res = await head.post("/tasks", body(await unitIdOf(apiTestAccounts.otherStaff)));
    expectStatus(res, 403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });

  it("names every invalid field, nested ones by their path", async () => {
    const res = await head.post("/tasks", {
      directiveId: "x",
      title: "abc",
      deadline: "tomorrow",
      steps: [{ ownerId: "y", deadline: "2026-02-30" }],
    });
    expectStatus(res, 400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      "deadline",
      "directiveId",
      "leadUnitId",
      "steps.0.deadline",
      "steps.0.ownerId",
      "templateId",
      "title",
    ]);
  });

  it("answers 404 for a directive that does not exist", async () => {
    const template = await apiDb.processTemplate.findFirstOrThrow({
      where: { unitId: null },
      include: { steps: true },
    });
    const res = await head.post("/tasks", {
      directiveId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      title: "Nhiệm vụ không có văn bản",
      leadUnitId: await unitIdOf(apiTestAccounts.head),
      deadline: dayFromToday(30),
      templateId: template.id,
      steps: template.steps.map(() => ({
        ownerId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        deadline: dayFromToday(20),
      })),
    });
    expectStatus(res, 404);
  });
});

describe("GET /tasks/{id}", () => {
  it("shows the owner the steps with what they may do now", async () => {
    const res = await as("staff").get(`/tasks/${task.id}`);
    expectStatus(res, 200);
    expect(res.body.steps[0].allowedActions).toEqual(
      expect.arrayContaining(["start", "progress", "complete", "return", "consult"]),
    );
    expect(res.body.steps[0].allowedActions).not.toContain("reassign");
    expect(res.body.steps[0].classification.category).toBe("IN_TIME");
    expect(res.body.steps[1].classification).toBeNull();
  });

  it.each(["head", "provinceHead", "tccb", "inspector", "admin"] as const)("shows the task to %s", async (role) => {
    expectStatus(await as(role).get(`/tasks/${task.id}`), 200);
  });

  it("answers 404, not 403, to someone outside the task's scope, and for an unknown id", async () => {
    const res = await as("otherStaff").get(`/tasks/${task.id}`);
    expectStatus(res, 404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    expectStatus(await as("otherStaff").get(`/tasks/${task.id}/events`), 404);
    expectStatus(await as("tccb").get("/tasks/3fa85f64-5717-4562-b3fc-2c963f66afa6"), 404);
  });
});

describe("GET /tasks", () => {
  async function allPages(api: TApi, query: Record<string, string | number>) {
    const items: { id: string; deadline: string; classification: { category: string }; directive: { id: string } }[] =
      [];
    let cursor: string | undefined;
    do {
      const res = await api.get("/tasks", { limit: 100, ...query, cursor });
      expectStatus(res, 200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  // Counts are taken under a directive no API test adds tasks to, since the files run in parallel.
  const stableDirective = () => apiDb.directive.findFirstOrThrow({ where: { number: "1251/BHXH-TCCB" } });

  it("pages through every task in scope, soonest deadline first, without repeats", async () => {
    const directive = await stableDirective();
    const items = await allPages(as("tccb"), { limit: 37, directive: directive.id });
    expect(items.length).toBe(await apiDb.task.count({ where: { directiveId: directive.id } }));
    expect(new Set(items.map((t) => t.id)).size).toBe(items.length);
    const deadlines = items.map((t) => t.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it.each(categories)("filters by the classification %s exactly as each task is classified", async (state) => {
    const items = await allPages(as("tccb"), { state });
    expect(items.every((t) => t.classification.category === state)).toBe(true);
  });

  it("splits the tasks into the five categories with none left over", async () => {
    const directive = await stableDirective();
    const seen = new Map<string, number>();
    for (const state of categories)
      for (const t of await allPages(as("tccb"), { state, directive: directive.id }))
        seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
    expect(seen.size).toBe(await apiDb.task.count({ where: { directiveId: directive.id } }));
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it("filters by directive, unit, owner and deadline range, inside the caller's scope only", async () => {
    const directive = await apiDb.directive.findFirstOrThrow({ where: { number: "1251/BHXH-TCCB" } });
    const byDirective = await allPages(as("provinceHead"), { directive: directive.id });
    expect(byDirective.length).toBeGreaterThan(0);
    expect(byDirective.every((t) => t.directive.id === directive.id)).toBe(true);

    const staffId = await userId(apiTestAccounts.staff);
    const byOwner = await allPages(as("head"), { owner: staffId });
    expect(byOwner.map((t) => t.id)).toContain(task.id);

    const from = dayFromToday(39);
    const to = dayFromToday(41);
    const byDeadline = await allPages(as("head"), { deadlineFrom: from, deadlineTo: to });
    expect(byDeadline.map((t) => t.id)).toContain(task.id);

    const otherUnit = await unitIdOf(apiTestAccounts.otherStaff);
    expect(await allPages(as("staff"), { unit: otherUnit })).toEqual([]);
    const ddUnit = await unitIdOf(apiTestAccounts.staff);
    expect((await allPages(as("otherStaff"), { unit: ddUnit })).map((t) => t.id)).not.toContain(task.id);
  });

  it("never lists a task to someone outside its scope", async () => {
    const items = await allPages(as("otherStaff"), {});
    expect(items.map((t) => t.id)).not.toContain(task.id);
    expect((await allPages(as("staff"), {})).map((t) => t.id)).toContain(task.id);
  });

  it("answers 400 for a bad filter, naming it", async () => {
    const res = await as("staff").get("/tasks", { state: "LATE", deadlineFrom: "2026-13-01" });
    expectStatus(res, 400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["deadlineFrom", "state"]);
    const reversed = await as("staff").get("/tasks", { deadlineFrom: "2026-05-01", deadlineTo: "2026-04-01" });
    expectStatus(reversed, 400);
    expect(reversed.body.error.fields).toHaveProperty("deadlineTo");
  });
});

describe("GET /tasks/{id}/events", () => {
  it("pages through the audit trail in order", async () => {
    const first = await as("staff").get(`/tasks/${task.id}/events`, { limit: 4 });
    expectStatus(first, 200);
    expect(first.body.items).toHaveLength(4);
    const rest = await as("staff").get(`/tasks/${task.id}/events`, { limit: 4, cursor: first.body.nextCursor });
    expect(rest.body.items).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
    const seqs = [...first.body.items, ...rest.body.items].map((e: { seq: number }) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });
});
