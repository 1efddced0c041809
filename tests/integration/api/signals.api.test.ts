import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus, type TApi } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { freshApi, unitIdOf, userId } from "../../support/api/fixtures";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
type TLoop = {
  people: { name: string; unitName: string | null }[];
  units: { name: string }[];
  handovers: { eventId: string; seq: number; at: string }[];
};
type TSignal = {
  id: string;
  kind: string;
  answerStatus: string;
  subject: { id: string } | null;
  unit: { id: string };
  task: { id: string };
  canAnswer: boolean;
  canReview: boolean;
};
let staff: TApi;
let head: TApi;
let outsider: TApi;
let tccb: TApi;

async function allPages(api: TApi, query: Record<string, string> = {}): Promise<TSignal[]> {
  const items: TSignal[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.get("/signals", { status: "all", ...query, cursor });
    expectStatus(res, 200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function signalEvents(signalId: string) {
  const events = await apiDb.event.findMany({
    where: { payload: { path: ["signalId"], equals: signalId } },
    orderBy: { seq: "asc" },
  });
  return events.map((e) => e.kind);
}

beforeAll(async () => {
  // Staff in Hồ Chí Minh City: neither the signals nor their Hà Nội tasks are theirs to see.
  [staff, head, outsider, tccb] = await Promise.all(
    [apiTestAccounts.staff, apiTestAccounts.head, "phucnh@demo.bhxh.vn", apiTestAccounts.tccb].map(freshApi),
  );
});

describe("GET /signals", () => {
  it("shows staff only the signals about themselves", async () => {
    const mine = await allPages(staff);
    expect(mine.length).toBeGreaterThan(0);
    const me = await userId(apiTestAccounts.staff);
    expect(mine.every((s) => s.subject?.id === me)).toBe(true);
  });

  it("shows a head the signals of their unit tree, and the sector-wide roles all of them", async () => {
    const dd = await unitIdOf(apiTestAccounts.head);
    const forHead = await allPages(head);
    const headId = await userId(apiTestAccounts.head);
    expect(forHead.every((s) => s.unit.id === dd || s.subject?.id === headId)).toBe(true);
    // The server's own sweep may add signals meanwhile: count before and after.
    const before = await apiDb.signal.count();
    const all = await allPages(apiAs({ token: tokens.inspector }));
    expect(all.length).toBeGreaterThanOrEqual(before);
    expect(all.length).toBeLessThanOrEqual(await apiDb.signal.count());
    expect(forHead.length).toBeLessThan(all.length);
  });

  it("filters by kind, person, unit and status", async () => {
    const all = await allPages(tccb);
    const kind = all[0].kind;
    expect((await allPages(tccb, { kind })).every((s) => s.kind === kind)).toBe(true);
    const person = all.find((s) => s.subject)!.subject!.id;
    expect((await allPages(tccb, { person })).every((s) => s.subject?.id === person)).toBe(true);
    const unit = all[0].unit.id;
    expect((await allPages(tccb, { unit })).every((s) => s.unit.id === unit)).toBe(true);
    expect(
      (await allPages(tccb, { status: "open" })).every((s) => ["UNANSWERED", "ANSWERED"].includes(s.answerStatus)),
    ).toBe(true);
    expectStatus(await tccb.get("/signals", { kind: "LAZY" }), 400);
  });

  it("names every person and unit of a ping-pong loop, with each handover event, and no loop on other kinds", async () => {
    const all = (await allPages(tccb, { kind: "PING_PONG" })) as (TSignal & {
      explanation: string;
      loop: TLoop | null;
    })[];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.loop).not.toBeNull();
      const loop = s.loop!;
      expect(loop.people.length + loop.units.length).toBeGreaterThan(1);
      for (const p of loop.people) expect(s.explanation).toContain(p.unitName ? `${p.name} (${p.unitName})` : p.name);
      for (const u of loop.units) expect(s.explanation).toContain(u.name);
      const events = await apiDb.event.findMany({
        where: { id: { in: loop.handovers.map((h) => h.eventId) } },
        orderBy: { seq: "asc" },
      });
      expect(loop.handovers.map((h) => [h.eventId, h.seq, h.at])).toEqual(
        events.map((e) => [e.id, e.seq, e.at.toISOString()]),
      );
      for (const h of loop.handovers) expect(s.explanation).toContain(`sự kiện #${h.seq}`);
    }
    const others = (await allPages(tccb, { kind: "OVERDUE_NO_EXTENSION" })) as unknown as { loop: unknown }[];
    expect(others.every((s) => s.loop === null)).toBe(true);
  });
});

describe("answering and reviewing signals", () => {
  let signal: TSignal;
  beforeAll(async () => {
    signal = (await allPages(staff, { status: "open" })).find((s) => s.answerStatus === "UNANSWERED" && s.canAnswer)!;
    expect(signal).toBeDefined();
  });

  it("refuses an explanation from anyone but the person concerned: 403 in scope, 404 out of it", async () => {
    const explanation = { explanation: "Giải trình thay cho người được cảnh báo, đủ dài." };
    expectStatus(await head.post(`/signals/${signal.id}/answer`, explanation), 403);
    expectStatus(await outsider.get(`/tasks/${signal.task.id}`), 404);
    expectStatus(await outsider.post(`/signals/${signal.id}/answer`, explanation), 404);
    expectStatus(await outsider.post(`/signals/${signal.id}/accept`, { accept: true }), 404);
  });

  it("has nothing to review before an answer (409) and names a short explanation (400)", async () => {
    const early = await head.post(`/signals/${signal.id}/accept`, { accept: true });
    expectStatus(early, 409);
    const short = await staff.post(`/signals/${signal.id}/answer`, { explanation: "Bận." });
    expectStatus(short, 400);
    expect(short.body.error.fields).toHaveProperty("explanation");
  });

  it("lets the person explain and their head accept, each writing its event", async () => {
    const answered = await staff.post(`/signals/${signal.id}/answer`, {
      explanation: "Chậm do chờ kết quả xác minh của cơ quan thuế từ đầu tháng.",
    });
    expectStatus(answered, 200);
    expect(answered.body).toMatchObject({ id: signal.id, answerStatus: "ANSWERED", canAnswer: true, canReview: false });
    expect(answered.body.answers.at(-1)).toMatchObject({ decision: "ANSWERED", authorName: "Nguyễn Thị Lan" });

    expectStatus(await staff.post(`/signals/${signal.id}/accept`, { accept: true }), 403);
    const refusal = await head.post(`/signals/${signal.id}/accept`, { accept: false });
    expectStatus(refusal, 400);
    expect(refusal.body.error.fields).toHaveProperty("note");

    const accepted = await head.post(`/signals/${signal.id}/accept`, { accept: true, note: "Nguyên nhân khách quan." });
    expectStatus(accepted, 200);
    expect(accepted.body).toMatchObject({ answerStatus: "ACCEPTED", countsAgainstPerson: false, canReview: false });
    expect(await signalEvents(signal.id)).toEqual(["SIGNAL_ANSWERED", "SIGNAL_ANSWER_ACCEPTED"]);

    const late = await staff.post(`/signals/${signal.id}/answer`, {
      explanation: "Giải trình thêm sau khi đã được chấp nhận.",
    });
    expectStatus(late, 409);
    expect(late.body.error.code).toBe("INVALID_STATE");
  });
});
