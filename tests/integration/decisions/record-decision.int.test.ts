import { beforeAll, describe, expect, it } from "vitest";
import type { TRecordDecision } from "../../../lib/schemas/decisions";
import { findDecisions } from "../../../lib/server/decisions/find-decisions";
import { recordDecision } from "../../../lib/server/decisions/record-decision";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-12-03T03:00:00Z");
type TTree = Awaited<ReturnType<typeof createUnitTree>>;

/** A signal about `subject` on a task of `unit`, as the sweep would have written it. */
async function signalAbout(tree: TTree, subject: { id: string; unitId: string }) {
  const task = await createTask(testDb.prisma, {
    leadUnitId: subject.unitId,
    assignerId: tree.people.hanoiHead.id,
    steps: [{ owner: subject, deadline: new Date("2026-11-10T16:59:59Z") }],
  });
  const step = await testDb.prisma.taskStep.findFirstOrThrow({ where: { taskId: task.id } });
  const signal = await testDb.prisma.signal.create({
    data: {
      key: unique("sig-"),
      kind: "OVERDUE_NO_EXTENSION",
      subjectUserId: subject.id,
      unitId: subject.unitId,
      taskId: task.id,
      directiveId: task.directiveId,
      stepId: step.id,
      since: new Date("2026-11-11T00:00:00Z"),
      detectedAt: new Date("2026-11-11T00:00:00Z"),
      explanation: "Quá hạn",
    },
  });
  // An event on the step the subject owns, written by their head: it concerns the subject.
  const event = await testDb.prisma.event.create({
    data: { kind: "STEP_ASSIGNED", actorId: tree.people.hanoiHead.id, taskId: task.id, stepId: step.id, at: now },
  });
  return { task, step, signal, event };
}

const decisionEvents = (decisionUserId: string) =>
  testDb.prisma.event.count({
    where: { kind: "PERSONNEL_DECISION_RECORDED", payload: { path: ["userId"], equals: decisionUserId } },
  });

describe("recording a review or commendation decision", () => {
  let tree: TTree;
  let base: (userId: string) => TRecordDecision;
  let evidence: Awaited<ReturnType<typeof signalAbout>>;
  let other: Awaited<ReturnType<typeof signalAbout>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    evidence = await signalAbout(tree, tree.people.dongDaStaff);
    other = await signalAbout(tree, tree.people.hbtStaff);
    base = (userId) => ({
      kind: "REVIEW",
      userId,
      periodKey: "2026-11",
      form: "Kiểm điểm trước tập thể",
      documentNumber: `${unique()}/QĐ-BHXH`,
      documentDate: "2026-12-02",
      reason: "Để quá hạn khâu xử lý\nkhông xin gia hạn.",
      evidence: { signalIds: [], eventIds: [], evaluationIds: [] },
    });
  });

  it("lets TCCB record about anyone, with the decision and its event written together", async () => {
    const { dongDaStaff, tccb } = tree.people;
    const input = {
      ...base(dongDaStaff.id),
      evidence: { signalIds: [evidence.signal.id], eventIds: [evidence.event.id], evaluationIds: [] },
    };
    const { id } = await recordDecision(tccb.actor, input, now);
    const stored = await testDb.prisma.personnelDecision.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      kind: "REVIEW",
      userId: dongDaStaff.id,
      unitId: tree.units.dongDa.id,
      periodKey: "2026-11",
      documentNumber: input.documentNumber,
      createdById: tccb.id,
      evidence: input.evidence,
    });
    expect(stored.documentDate.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    const event = await testDb.prisma.event.findFirstOrThrow({
      where: { kind: "PERSONNEL_DECISION_RECORDED", payload: { path: ["decisionId"], equals: id } },
    });
    expect(event).toMatchObject({ actorId: tccb.id, at: now });
  });

  it("lets a head record about someone in their tree, but not about themselves or outside it", async () => {
    const { hanoiHead, dongDaStaff, daNangStaff, dongDaHead } = tree.people;
    await expect(recordDecision(hanoiHead.actor, base(dongDaStaff.id), now)).resolves.toHaveProperty("id");
    const before = [await decisionEvents(hanoiHead.id), await decisionEvents(daNangStaff.id)];
    await expect(recordDecision(hanoiHead.actor, base(hanoiHead.id), now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(recordDecision(hanoiHead.actor, base(daNangStaff.id), now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(recordDecision(dongDaHead.actor, base(tree.people.hanoiHead.id), now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect([await decisionEvents(hanoiHead.id), await decisionEvents(daNangStaff.id)]).toEqual(before);
    expect(await testDb.prisma.personnelDecision.count({ where: { userId: daNangStaff.id } })).toBe(0);
  });

  it("refuses staff, and an administrator, writing nothing", async () => {
    const admin = await createUser(testDb.prisma, tree.units.root, { roles: ["ADMIN"] });
    const { dongDaStaff, hbtStaff } = tree.people;
    const before = await decisionEvents(hbtStaff.id);
    for (const who of [dongDaStaff, admin]) {
      await expect(recordDecision(who.actor, base(hbtStaff.id), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await decisionEvents(hbtStaff.id)).toBe(before);
  });

  it.each(["signalIds", "eventIds"] as const)(
    "refuses evidence (%s) about another person, or that does not exist, writing nothing",
    async (field) => {
      const { tccb, dongDaStaff } = tree.people;
      const stranger = field === "signalIds" ? other.signal.id : other.event.id;
      const before = await testDb.prisma.personnelDecision.count({ where: { userId: dongDaStaff.id } });
      for (const id of [stranger, crypto.randomUUID()]) {
        const input = {
          ...base(dongDaStaff.id),
          evidence: { signalIds: [], eventIds: [], evaluationIds: [], [field]: [id] },
        };
        const refusal = recordDecision(tccb.actor, input, now);
        await expect(refusal).rejects.toMatchObject({ code: "INVALID_INPUT" });
        await expect(refusal).rejects.toHaveProperty(["fieldErrors", `evidence.${field}`]);
      }
      expect(await testDb.prisma.personnelDecision.count({ where: { userId: dongDaStaff.id } })).toBe(before);
    },
  );

  it("accepts an event the person wrote themselves, and refuses an evaluation of someone else", async () => {
    const { tccb, dongDaStaff, hbtStaff } = tree.people;
    const own = await testDb.prisma.event.create({
      data: { kind: "STEP_STARTED", actorId: dongDaStaff.id, taskId: other.task.id, stepId: other.step.id, at: now },
    });
    const input = { ...base(dongDaStaff.id), evidence: { signalIds: [], eventIds: [own.id], evaluationIds: [] } };
    await expect(recordDecision(tccb.actor, input, now)).resolves.toHaveProperty("id");
    const evaluation = await testDb.prisma.evaluation.create({
      data: { userId: hbtStaff.id, periodKey: unique("2026-"), unitId: hbtStaff.unitId, status: "SELF_ASSESSED" },
    });
    const refused = {
      ...base(dongDaStaff.id),
      evidence: { signalIds: [], eventIds: [], evaluationIds: [evaluation.id] },
    };
    await expect(recordDecision(tccb.actor, refused, now)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses a person who does not exist", async () => {
    await expect(recordDecision(tree.people.tccb.actor, base(crypto.randomUUID()), now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("scopes the list: the person their own, a head their tree, TCCB everyone; filters and pages", async () => {
    const { tccb, dongDaStaff, hbtHead, hanoiHead, daNangHead } = tree.people;
    const ids = (list: { items: { id: string; user: { id: string } }[] }) => list.items.map((d) => d.user.id);
    const mine = await findDecisions(dongDaStaff.actor, { page: 1 });
    expect(new Set(ids(mine))).toEqual(new Set([dongDaStaff.id]));
    expect(mine.total).toBeGreaterThanOrEqual(3);
    expect((await findDecisions(hbtHead.actor, { page: 1, unitPath: tree.units.root.path })).total).toBe(0);
    expect((await findDecisions(daNangHead.actor, { page: 1 })).total).toBe(0);
    const hanoi = await findDecisions(hanoiHead.actor, { page: 1, userId: dongDaStaff.id });
    expect(hanoi.total).toBe(mine.total);
    const scoped = await findDecisions(tccb.actor, { page: 1, unitPath: tree.units.hanoi.path, kind: "REVIEW" });
    expect(scoped.total).toBe(mine.total);
    expect(scoped.items[0].eventLinks.every((l) => l.taskId !== null)).toBe(true);
    expect(
      (await findDecisions(tccb.actor, { page: 1, unitPath: tree.units.hanoi.path, periodKey: "2026-10" })).total,
    ).toBe(0);
    const first = await findDecisions(tccb.actor, { page: 1, unitPath: tree.units.hanoi.path, pageSize: 2 });
    expect(first.hasMore).toBe(true);
    const last = first.items.at(-1)!;
    const next = await findDecisions(tccb.actor, {
      page: 1,
      unitPath: tree.units.hanoi.path,
      pageSize: 2,
      after: { createdAt: last.createdAt, id: last.id },
    });
    expect(next.items.map((d) => d.id)).not.toContain(first.items[0].id);
    expect(next.items.length).toBeGreaterThan(0);
  });
});
