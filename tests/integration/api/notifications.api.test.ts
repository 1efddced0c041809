import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, freshApi } from "../../support/api/fixtures";

type TNotification = {
  id: string;
  kind: string;
  sentence: string;
  readAt: string | null;
  actor: { id: string; name: string } | null;
  taskId: string | null;
  stepId: string | null;
  href: string;
};

let staff: TApi;
let head: TApi;

/** Every notification of the caller, following nextCursor to the end. */
async function allPages(api: TApi, query: Record<string, string> = {}): Promise<TNotification[]> {
  const items: TNotification[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.get("/notifications", { ...query, cursor });
    expectStatus(res, 200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  [staff, head] = await Promise.all([apiTestAccounts.staff, apiTestAccounts.head].map(freshApi));
});

describe("notifications over the API", () => {
  it("tells the owner of each step assigned, and the head of a return, each as a sentence with its link", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const mine = (await allPages(staff, { unread: "true" })).filter((n) => n.taskId === task.id);
    expect(mine.map((n) => n.kind)).toEqual(task.steps.map(() => "STEP_ASSIGNED"));
    const first = mine.find((n) => n.stepId === task.steps[0].id);
    expect(first?.href).toBe(`/tasks/${task.id}#step-${task.steps[0].id}`);
    expect(first?.sentence).toContain(task.title);

    const returned = await staff.post(`/steps/${task.steps[0].id}/return`, {
      expectedVersion: task.steps[0].version,
      reason: "Nội dung thuộc lĩnh vực thu, không thuộc phòng tôi.",
    });
    expectStatus(returned, 200);
    const toHead = (await allPages(head)).filter((n) => n.taskId === task.id);
    expect(toHead).toHaveLength(1);
    expect(toHead[0]).toMatchObject({ kind: "RETURN_AWAITING_RULING", stepId: task.steps[0].id, readAt: null });
    expect(toHead[0].sentence).toContain(toHead[0].actor?.name);
    // The actor hears nothing of their own return.
    expect((await allPages(staff)).filter((n) => n.kind === "RETURN_AWAITING_RULING" && n.taskId === task.id)).toEqual(
      [],
    );
  });

  it("marks one read for its recipient only, then all", async () => {
    const task = await createTaskOverApi(head, [apiTestAccounts.staff]);
    const [one, ...rest] = (await allPages(staff, { unread: "true" })).filter((n) => n.taskId === task.id);
    expectStatus(await head.post(`/notifications/${one.id}/read`), 404);
    expectStatus(await staff.post("/notifications/00000000-0000-4000-8000-000000000000/read"), 404);

    const read = await staff.post(`/notifications/${one.id}/read`);
    expectStatus(read, 200);
    expect(read.body).toMatchObject({ id: one.id, readAt: expect.any(String) });
    const unread = (await allPages(staff, { unread: "true" })).filter((n) => n.taskId === task.id);
    expect(unread.map((n) => n.id).sort()).toEqual(rest.map((n) => n.id).sort());

    const all = await staff.post("/notifications/read-all");
    expectStatus(all, 200);
    expect(all.body.count).toBeGreaterThanOrEqual(rest.length);
    expect((await allPages(staff, { unread: "true" })).filter((n) => n.taskId === task.id)).toEqual([]);
    // Still listed, now read.
    const listed = (await allPages(staff)).filter((n) => n.taskId === task.id);
    expect(listed).toHaveLength(rest.length + 1);
    expect(listed.every((n) => n.readAt !== null)).toBe(true);
  });

  it("refuses a filter that is not true or false, and a cursor that is not one", async () => {
    expectStatus(await staff.get("/notifications", { unread: "yes" }), 400);
    expectStatus(await staff.get("/notifications", { cursor: "bm90IGEgY3Vyc29y" }), 400);
  });
});
