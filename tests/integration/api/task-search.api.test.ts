import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { createTaskOverApi, freshApi } from "../../support/api/fixtures";

let head: TApi;
let provinceHead: TApi;
/** A word no other task has, so that the counts below are this file's own. */
const tag = `qt${Math.random().toString(36).slice(2, 8)}`;
const inScope: string[] = [];
let outOfScope: string;

/** Every page of GET /tasks for `query`, `limit` at a time, following nextCursor. */
async function allPages(api: TApi, query: Record<string, string | number>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const res = await api.get("/tasks", { ...query, cursor });
    expectStatus(res, 200);
    pages.push(res.body.items.map((t: { id: string }) => t.id));
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

beforeAll(async () => {
  [head, provinceHead] = await Promise.all([apiTestAccounts.head, apiTestAccounts.provinceHead].map(freshApi));
  // Three "quy trình" tasks in Đống Đa, and one led by Hà Nội with Hai Bà Trưng's staff: outside Đống Đa's head's scope.
  for (let i = 0; i < 3; i++)
    inScope.push((await createTaskOverApi(head, [apiTestAccounts.staff], `Rà soát quy trình ${tag} số ${i + 1}`)).id);
  outOfScope = (
    await createTaskOverApi(provinceHead, [apiTestAccounts.otherStaff], `Chuẩn hóa Quy Trình ${tag} liên quận`)
  ).id;
});

describe("GET /tasks?q=", () => {
  it("finds the tasks without diacritics, inside the caller's scope only, a page at a time", async () => {
    const pages = await allPages(head, { q: `quy trinh ${tag}`, limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().sort()).toEqual([...inScope].sort());
    expect(pages.flat()).not.toContain(outOfScope);
  });

  it("finds the same with diacritics and capitals, and the head above sees all four", async () => {
    const [page] = await allPages(head, { q: `QUY TRÌNH ${tag}` });
    expect([...page].sort()).toEqual([...inScope].sort());
    const wider = (await allPages(provinceHead, { q: `quy trinh ${tag}` })).flat();
    expect(wider.sort()).toEqual([...inScope, outOfScope].sort());
  });

  it("narrows with the other filters and answers an empty page for words nobody wrote", async () => {
    const completed = (await allPages(head, { q: tag, status: "COMPLETED" })).flat();
    expect(completed).toEqual([]);
    const none = await head.get("/tasks", { q: `${tag} khongcotu` });
    expectStatus(none, 200);
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it("documents q in the OpenAPI query of listTasks", async () => {
    const doc = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json();
    const params = doc.paths["/tasks"].get.parameters as {
      name: string;
      in: string;
      description?: string;
      schema?: { description?: string };
    }[];
    const q = params.find((p) => p.name === "q" && p.in === "query");
    expect(q).toBeDefined();
    expect(q!.description ?? q!.schema?.description).toMatch(/không dấu/);
  });
});
