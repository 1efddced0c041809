import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { apiAs, doc, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { mintToken } from "../../support/api/mint-tokens";
import { apiDb } from "../../support/api/use-api-db";
import { createTaskOverApi, dayFromToday } from "../../support/api/fixtures";

// The permanent guard of every write endpoint, over HTTP against the production build: for
// any body (not JSON, not an object, wrong types, control characters, near misses and some
// that pass), the answer is never 5xx, a 400 names its fields, and a refused request writes
// no event. The callers are people of this file's own, so that counting their events is exact
// while other files run.

const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
  .filter(([, ops]) => "post" in ops)
  .map(([template, ops]) => {
    const body = (
      ops.post as { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }
    ).requestBody;
    return { template, keys: Object.keys(body?.content?.["application/json"]?.schema?.properties ?? {}) };
  });

let people: { email: string }[];
let actorIds: string[];
let stepIds: string[];
let knownIds: string[];

/** A person of the demo head's unit with the same roles, new to this file. */
async function twinOf(email: string) {
  const original = await apiDb.user.findUniqueOrThrow({ where: { email } });
  const twin = await apiDb.user.create({
    data: {
      email: `twin-${randomUUID().slice(0, 8)}@test.bhxh.vn`,
      name: `Người thử ${original.name}`,
      passwordHash: original.passwordHash,
      unitId: original.unitId,
      roles: original.roles,
      position: original.position,
    },
  });
  return twin;
}

beforeAll(async () => {
  const [head, staff] = await Promise.all([twinOf(apiTestAccounts.head), twinOf(apiTestAccounts.staff)]);
  actorIds = [head.id, staff.id];
  const headApi = apiAs({ token: await mintToken(head.email, "refused bodies (head)") });
  const task = await createTaskOverApi(headApi, [staff.email]);
  stepIds = task.steps.map((s: { id: string }) => s.id);
  knownIds = [task.id, ...stepIds, staff.id, head.unitId];
  people = [head, staff];
}, 120_000);

const nasty = fc.constantFrom<unknown>(
  "",
  "1",
  "0x10",
  true,
  false,
  [],
  null,
  {},
  0,
  -1,
  1.5,
  1e308,
  "\u0000",
  "Lý do\u0000 có ký tự rỗng.",
  "\u202eđảo chiều",
  "2026-02-31",
  "24/12/2026",
  "2026-11-30T00:00:00Z",
  "x".repeat(5000),
  "Nội dung hợp lệ, đủ dài để qua kiểm tra.",
  "UPHOLD",
  "AGREE",
);
const TEXT = fc.constantFrom(
  "Nội dung hợp lệ, đủ dài để qua kiểm tra.",
  "Báo cáo vượt cấp\u0000 vì quá hạn.",
  "Dòng một\nDòng hai\tcó tab.",
  "\u001b[31mđỏ\u001b[0m trong lý do dài.",
);

function plausibleFor(key: string): fc.Arbitrary<unknown> {
  if (key === "expectedVersion") return fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom("", "1", true, null));
  if (key === "approve" || key === "accept") return fc.oneof(fc.boolean(), fc.constantFrom("true", ""));
  if (key === "decision") return fc.constantFrom("UPHOLD", "OVERRULE");
  if (key === "position") return fc.constantFrom("AGREE", "DISAGREE");
  if (/deadline|Deadline|issuedOn/.test(key)) return fc.constantFrom(dayFromToday(20), dayFromToday(60), "2026-02-31");
  if (key.endsWith("Ids")) return fc.array(fc.constantFrom(...knownIds), { maxLength: 3 });
  if (key.endsWith("Id")) return fc.constantFrom(...knownIds, randomUUID());
  return TEXT;
}

function bodyFor(keys: string[]) {
  const plausible = fc.record(
    Object.fromEntries(
      keys.map((k) => [k, fc.oneof({ weight: 4, arbitrary: plausibleFor(k) }, { weight: 1, arbitrary: nasty })]),
    ),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => ({ json: v })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((raw) => ({ raw })) },
    { weight: 4, arbitrary: plausible.map((v) => ({ json: v })) },
  );
}

function pathOf(template: string): fc.Arbitrary<string> {
  if (!template.includes("{id}")) return fc.constant(template);
  const ids = template.startsWith("/steps/") ? stepIds : [randomUUID(), ...knownIds];
  return fc.constantFrom(...ids).map((id) => template.replace("{id}", id));
}

const eventsByUs = () => apiDb.event.count({ where: { actorId: { in: actorIds } } });

describe("every write endpoint refuses bad bodies cleanly", () => {
  it("finds the write endpoints", () => {
    expect(writes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(writes.map((w) => [w.template, w] as const))("POST %s", async (_t, { template, keys }) => {
    // Tokens of this endpoint's own, so that the rate limit never answers in its place.
    const callers: TApi[] = await Promise.all(
      people.map((p) => mintToken(p.email, `refused bodies ${template}`).then((token) => apiAs({ token }))),
    );
    // Revoked once done: a person may hold 20 active tokens, fewer than there are endpoints.
    onTestFinished(async () => {
      await apiDb.apiToken.updateMany({
        where: { userId: { in: actorIds }, name: `refused bodies ${template}` },
        data: { revokedAt: new Date() },
      });
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), pathOf(template), bodyFor(keys), async (who, path, body) => {
        const before = await eventsByUs();
        const res =
          "raw" in body
            ? await callers[who].post(path, undefined, {
                rawBody: body.raw,
                headers: { "Content-Type": "application/json" },
              })
            : await callers[who].post(path, body.json);
        const context = `${path} ${JSON.stringify(body).slice(0, 300)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        if (res.status === 400) expect(Object.keys(res.body.error.fields ?? {}).length, context).toBeGreaterThan(0);
        if (res.status >= 400) expect(await eventsByUs(), context).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the refusals found when the API was probed", () => {
  const reason = "Vượt thẩm quyền của đơn vị, cần Giám đốc quyết định.";
  let api: TApi;
  beforeAll(async () => {
    api = apiAs({ token: await mintToken(people[0].email, "refused bodies (probes)") });
  });

  it.each([[""], ["1"], ["0x10"], [true], [false], [[]], [null]])(
    "escalate with expectedVersion %j answers 400 naming it, and writes nothing",
    async (expectedVersion) => {
      const before = await eventsByUs();
      const res = await api.post(`/steps/${stepIds[0]}/escalate`, { expectedVersion, reason });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(["expectedVersion"]);
      expect(await eventsByUs()).toBe(before);
    },
  );

  it.each([
    ["/steps/{id}/progress", "note", { expectedVersion: 0 }],
    ["/steps/{id}/return", "reason", { expectedVersion: 0 }],
  ])("a NUL in %s's %s answers 400 naming the field", async (template, field, rest) => {
    const res = await api.post(template.replace("{id}", stepIds[0]), {
      ...rest,
      [field]: "Đã xong phần\u0000 đối chiếu số liệu.",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[field][0]).toContain("U+0000");
  });

  it("a NUL in a new task's title answers 400 naming the title", async () => {
    const res = await api.post("/tasks", {
      title: "Nhiệm vụ\u0000 thử",
      directiveId: randomUUID(),
      leadUnitId: randomUUID(),
      templateId: randomUUID(),
      deadline: dayFromToday(30),
      steps: [],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.title[0]).toContain("U+0000");
  });

  it.each([["[1,2]"], ['"text"'], ["42"], ["null"], ["{not json"]])(
    "a body %s that is not a JSON object answers 400 with fields.body",
    async (raw) => {
      const res = await api.post(`/steps/${stepIds[0]}/start`, undefined, {
        rawBody: raw,
        headers: { "Content-Type": "application/json" },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.body).toHaveLength(1);
    },
  );

  it("a misspelt field is refused, not silently dropped", async () => {
    const res = await api.post(`/steps/${stepIds[0]}/progress`, {
      expectedVersion: 0,
      note: "Đã đối chiếu xong số liệu.",
      not: "ghi chú gõ nhầm",
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(["not"]);
  });
});
