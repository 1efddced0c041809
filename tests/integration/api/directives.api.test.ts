import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { dayFromToday, eventKinds, freshApi } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });
let head: TApi;
const newNumber = () => `${100_000 + Math.floor(Math.random() * 900_000)}/${new Date().getFullYear()}/BHXH-APITEST`;
const directive = (over: Record<string, unknown> = {}) => ({
  number: newNumber(),
  kind: "CONG_VAN",
  issuer: "Bảo hiểm xã hội Việt Nam",
  issuedOn: dayFromToday(-1),
  subject: "V/v kiểm thử API văn bản chỉ đạo",
  ...over,
});

beforeAll(async () => {
  head = await freshApi(apiTestAccounts.head);
});

describe("POST /directives", () => {
  it("lets a head register a directive, returning it with 201 and writing DIRECTIVE_CREATED", async () => {
    const body = directive({ summary: "Tóm tắt nội dung" });
    const res = await head.post("/directives", body);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      number: body.number,
      kind: "CONG_VAN",
      summary: "Tóm tắt nội dung",
      taskCount: 0,
      tasks: [],
    });
    expect(await eventKinds({ directiveId: res.body.id })).toEqual(["DIRECTIVE_CREATED"]);
  });

  it.each(["staff", "inspector"] as const)("refuses %s with 403", async (role) => {
    const res = await as(role).post("/directives", directive());
    expectStatus(res, 403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });

  it("names every invalid field with 400", async () => {
    const res = await head.post("/directives", {
      number: "12 ab",
      kind: "LETTER",
      issuer: "",
      issuedOn: "31/12/2026",
      subject: "x",
    });
    expectStatus(res, 400);
    expect(res.body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["issuedOn", "issuer", "kind", "number", "subject"]);
  });

  it("refuses a number already registered, on the number field", async () => {
    const body = directive();
    expectStatus(await head.post("/directives", body), 201);
    const again = await head.post("/directives", { ...body, subject: "V/v một văn bản khác cùng số" });
    expectStatus(again, 400);
    expect(again.body.error.fields).toHaveProperty("number");
  });

  it("refuses a body that is not JSON, or not an object", async () => {
    const notJson = await head.post("/directives", undefined, {
      rawBody: "{number:",
      headers: { "Content-Type": "application/json" },
    });
    expectStatus(notJson, 400);
    expect(notJson.body.error.message).not.toMatch(/SyntaxError|at JSON/);
    expectStatus(await head.post("/directives", [directive()]), 400);
  });
});

describe("GET /directives", () => {
  it("pages through the register with a cursor, without gaps or repeats", async () => {
    // Its own directives, found by a word no other file uses: other files add directives meanwhile.
    const word = `phantrang${Math.random().toString(36).slice(2, 8)}`;
    for (let i = 0; i < 23; i++)
      expectStatus(await head.post("/directives", directive({ subject: `V/v kiểm thử ${word} số ${i}` })), 201);
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const res = await as("staff").get("/directives", { q: word, cursor });
      expectStatus(res, 200);
      pages.push(res.body.items.map((d: { id: string }) => d.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([20, 3]);
    expect(new Set(pages.flat()).size).toBe(23);
  });

  it("searches without diacritics", async () => {
    const word = `timkiem${Math.random().toString(36).slice(2, 8)}`;
    const created = await head.post(
      "/directives",
      directive({ subject: `V/v chấn chỉnh tình trạng đùn đẩy trách nhiệm ${word}` }),
    );
    expectStatus(created, 201);
    const res = await as("staff").get("/directives", { q: `dun day ${word}` });
    expectStatus(res, 200);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
  });
});

describe("GET /directives/{id}", () => {
  it("shows each caller only the tasks they may see", async () => {
    const seeded = await apiDb.directive.findFirstOrThrow({ where: { number: "1251/BHXH-TCCB" } });
    const forTccb = await as("tccb").get(`/directives/${seeded.id}`);
    const forStaff = await as("otherStaff").get(`/directives/${seeded.id}`);
    expectStatus(forTccb, 200);
    expectStatus(forStaff, 200);
    expect(forTccb.body.taskCount).toBe(await apiDb.task.count({ where: { directiveId: seeded.id } }));
    expect(forStaff.body.taskCount).toBeLessThan(forTccb.body.taskCount);
    expect(forStaff.body.tasks.length).toBe(Math.min(forStaff.body.taskCount, 200));
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expectStatus(await as("staff").get("/directives/3fa85f64-5717-4562-b3fc-2c963f66afa6"), 404);
    expectStatus(await as("staff").get("/directives/not-an-id"), 404);
  });
});
