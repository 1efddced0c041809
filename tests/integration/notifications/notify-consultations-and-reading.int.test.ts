import { beforeAll, describe, expect, it } from "vitest";
import { answerConsultation } from "../../../lib/server/consultations/answer-consultation";
import { markConsultationVague } from "../../../lib/server/consultations/mark-consultation-vague";
import { requestConsultation } from "../../../lib/server/consultations/request-consultation";
import { countUnreadNotifications } from "../../../lib/server/notifications/count-unread-notifications";
import { findNotifications } from "../../../lib/server/notifications/find-notifications";
import { markAllNotificationsRead } from "../../../lib/server/notifications/mark-all-notifications-read";
import { markNotificationRead } from "../../../lib/server/notifications/mark-notification-read";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-25T16:59:59.999Z");
const question = "Đề nghị cho ý kiến về dự thảo kế hoạch kiểm tra.";

type TTree = Awaited<ReturnType<typeof createUnitTree>>;

const kindsOf = async (userId: string) =>
  (await testDb.prisma.notification.findMany({ where: { recipientId: userId }, select: { kind: true } }))
    .map((n) => n.kind)
    .sort();

describe("consultations notify who is asked, who asked, and who answered", () => {
  let tree: TTree;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  const stepOf = async (owner: TTree["people"]["dongDaStaff"]) => {
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner, deadline: later, status: "IN_PROGRESS" }],
    });
    return task.steps[0];
  };

  it("asked of a person: that person; answered: who asked; marked vague: who answered", async () => {
    const { dongDaStaff: asker, hbtStaff: asked } = tree.people;
    const step = await stepOf(asker);
    const c = await requestConsultation(
      asker.actor,
      { stepId: step.id, expectedVersion: 0, targetUserId: asked.id, question, responseDeadline: "2026-11-20" },
      now,
    );
    expect(await kindsOf(asked.id)).toEqual(["CONSULTATION_REQUESTED"]);
    await answerConsultation(
      asked.actor,
      { consultationId: c.id, position: "AGREE", answer: "Thống nhất với dự thảo." },
      now,
    );
    expect(await kindsOf(asker.id)).toEqual(["CONSULTATION_ANSWERED"]);
    await markConsultationVague(
      asker.actor,
      { consultationId: c.id, reason: "Trả lời chung chung, không rõ quan điểm." },
      now,
    );
    // The mark raises the "answered vaguely" signal about them, told too.
    expect(await kindsOf(asked.id)).toEqual(["CONSULTATION_REQUESTED", "CONSULTATION_VAGUE", "SIGNAL_RAISED"]);
    const links = await testDb.prisma.notification.findMany({
      where: { consultationId: c.id },
      select: { stepId: true },
    });
    expect(links).toHaveLength(4);
    expect(links.every((l) => l.stepId === step.id)).toBe(true);
  });

  it("asked of a unit: the unit's head", async () => {
    const step = await stepOf(tree.people.dongDaStaff);
    await requestConsultation(
      tree.people.dongDaStaff.actor,
      {
        stepId: step.id,
        expectedVersion: 0,
        targetUnitId: tree.units.daNang.id,
        question,
        responseDeadline: "2026-11-20",
      },
      now,
    );
    expect(await kindsOf(tree.people.daNangHead.id)).toEqual(["CONSULTATION_REQUESTED"]);
    expect(await kindsOf(tree.people.daNangStaff.id)).toEqual([]);
  });
});

describe("reading notifications: only the recipient's, newest first, paged by keyset", () => {
  let tree: TTree;
  let ids: string[];
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    const recipientId = tree.people.dongDaStaff.id;
    // 25 at distinct instants, one minute apart, and two at the same instant (the id breaks the tie).
    const times = [...Array.from({ length: 25 }, (_, i) => new Date(now.getTime() - i * 60_000)), now];
    const rows = await testDb.prisma.notification.createManyAndReturn({
      data: times.map((createdAt) => ({ recipientId, kind: "STEP_ASSIGNED" as const, createdAt })),
      select: { id: true },
    });
    ids = rows.map((r) => r.id);
  });

  it("pages through all of them once, newest first, and counts the unread", async () => {
    const me = tree.people.dongDaStaff;
    expect(await countUnreadNotifications(me)).toBe(26);
    const first = await findNotifications(me, {});
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await findNotifications(me, { cursor: first.nextCursor ?? undefined });
    expect(second.items).toHaveLength(6);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((n) => n.id))).toEqual(new Set(ids));
    const times = all.map((n) => n.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("marks one read for its recipient only: anyone else gets NOT_FOUND and changes nothing", async () => {
    const [id] = ids;
    await expect(markNotificationRead(tree.people.dongDaHead, { notificationId: id }, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await countUnreadNotifications(tree.people.dongDaStaff)).toBe(26);
    const read = await markNotificationRead(tree.people.dongDaStaff, { notificationId: id }, now);
    expect(read.readAt).toEqual(now);
    // Again later: the first reading is kept.
    const again = await markNotificationRead(
      tree.people.dongDaStaff,
      { notificationId: id },
      new Date(now.getTime() + 1),
    );
    expect(again.readAt).toEqual(now);
    expect(await countUnreadNotifications(tree.people.dongDaStaff)).toBe(25);
    const unread = await findNotifications(tree.people.dongDaStaff, { unread: true, limit: 50 });
    expect(unread.items.map((n) => n.id)).not.toContain(id);
    expect(unread.items).toHaveLength(25);
  });

  it("marks all read up to now, for the actor only; one written later stays unread", async () => {
    const other = await testDb.prisma.notification.create({
      data: { recipientId: tree.people.dongDaHead.id, kind: "STEP_TURN", createdAt: now },
    });
    const newer = await testDb.prisma.notification.create({
      data: { recipientId: tree.people.dongDaStaff.id, kind: "STEP_TURN", createdAt: new Date(now.getTime() + 60_000) },
    });
    expect(await markAllNotificationsRead(tree.people.dongDaStaff, now)).toEqual({ count: 25 });
    expect(await countUnreadNotifications(tree.people.dongDaStaff)).toBe(1);
    const left = await findNotifications(tree.people.dongDaStaff, { unread: true });
    expect(left.items.map((n) => n.id)).toEqual([newer.id]);
    expect(await testDb.prisma.notification.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      readAt: null,
    });
  });

  it("refuses a cursor that is not one", async () => {
    await expect(findNotifications(tree.people.dongDaStaff, { cursor: "bm90IGEgY3Vyc29y" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
