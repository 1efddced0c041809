import { beforeAll, describe, expect, it } from "vitest";
import { expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

type TDecision = { id: string; person: { id: string }; unit: { id: string }; kind: string; periodKey: string | null };

let staff: TApi;
let head: TApi;
let tccb: TApi;
let otherStaff: TApi;
let staffId: string;
let otherId: string;
let body: Record<string, unknown>;

async function allPages(api: TApi, query: Record<string, string> = {}): Promise<TDecision[]> {
  const items: TDecision[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.get("/decisions", { limit: "2", ...query, cursor });
    expectStatus(res, 200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const decisionEventCount = () => apiDb.event.count({ where: { kind: "PERSONNEL_DECISION_RECORDED" } });

beforeAll(async () => {
  [staff, head, tccb, otherStaff] = await Promise.all(
    [apiTestAccounts.staff, apiTestAccounts.head, apiTestAccounts.tccb, apiTestAccounts.otherStaff].map(freshApi),
  );
  [staffId, otherId] = await Promise.all([userId(apiTestAccounts.staff), userId(apiTestAccounts.otherStaff)]);
  body = {
    kind: "REVIEW",
    userId: staffId,
    periodKey: "2026-Q4",
    form: "Kiểm điểm trước tập thể",
    documentNumber: `${Math.random().toString(36).slice(2, 7)}/QĐ-BHXH`,
    documentDate: "2026-12-02",
    reason: "Để quá hạn khâu xử lý mà không xin gia hạn.",
    evidence: { signalIds: [], eventIds: [], evaluationIds: [] },
  };
});

describe("POST /decisions", () => {
  it("lets TCCB record a decision with the person's signal as evidence, and answers with it", async () => {
    const signal = await apiDb.signal.findFirstOrThrow({ where: { subjectUserId: staffId }, select: { id: true } });
    const res = await tccb.post("/decisions", { ...body, evidence: { signalIds: [signal.id] } });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      kind: "REVIEW",
      kindLabel: "Kiểm điểm",
      person: { id: staffId },
      unit: { id: await unitIdOf(apiTestAccounts.staff) },
      documentDate: "2026-12-02",
      evidence: { signalIds: [signal.id], eventIds: [], evaluationIds: [] },
    });
  });

  it("lets the head record about their staff, refuses staff, a head outside their tree, and another's evidence", async () => {
    expectStatus(await head.post("/decisions", { ...body, kind: "COMMENDATION", form: "Biểu dương" }), 201);
    const before = await decisionEventCount();
    expectStatus(await staff.post("/decisions", { ...body, userId: otherId }), 403);
    expectStatus(await head.post("/decisions", { ...body, userId: otherId }), 403);
    const foreign = await apiDb.signal.findFirstOrThrow({ where: { subjectUserId: { not: staffId } } });
    const refused = await tccb.post("/decisions", { ...body, evidence: { signalIds: [foreign.id] } });
    expectStatus(refused, 400);
    expect(refused.body.error.fields).toHaveProperty(["evidence.signalIds"]);
    const bad = await tccb.post("/decisions", { ...body, documentDate: "02/12/2026", periodKey: "2026-Q5" });
    expectStatus(bad, 400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["documentDate", "periodKey"]);
    expect(await decisionEventCount()).toBe(before);
  });
});

describe("GET /decisions", () => {
  it("shows staff their own, the head their unit's, TCCB everyone's; filters by person, unit, period, kind", async () => {
    const mine = await allPages(staff);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((d) => d.person.id === staffId)).toBe(true);
    expect((await allPages(otherStaff)).some((d) => d.person.id === staffId)).toBe(false);
    const dd = await unitIdOf(apiTestAccounts.head);
    const headId = await userId(apiTestAccounts.head);
    const forHead = await allPages(head);
    expect(forHead.length).toBeGreaterThan(0);
    expect(forHead.every((d) => d.unit.id === dd || d.person.id === headId)).toBe(true);
    const all = await allPages(tccb, { person: staffId, period: "2026-Q4", unit: dd });
    expect(all.map((d) => d.id).sort()).toEqual(
      mine
        .filter((d) => d.periodKey === "2026-Q4")
        .map((d) => d.id)
        .sort(),
    );
    const reviews = await allPages(tccb, { kind: "REVIEW", person: staffId });
    expect(reviews.every((d) => d.kind === "REVIEW")).toBe(true);
    expectStatus(await tccb.get("/decisions", { period: "Q4" }), 400);
    expectStatus(await tccb.get("/decisions", { cursor: "nope" }), 400);
  });
});
