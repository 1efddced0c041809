import { describe, expect, it } from "vitest";
import type { TNotificationKind } from "../../../lib/domain/notifications/notification-kind";
import { db } from "../../../lib/server/db/prisma";
import { createSmtpTransport } from "../../../lib/server/mail/create-smtp-transport";
import { mailDueNotifications } from "../../../lib/server/notifications/mail-due-notifications";
import { verifyUnsubscribeToken } from "../../../lib/server/notifications/unsubscribe-token";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { startSmtpTestServer } from "../../support/start-smtp-test-server";
import { testDb } from "../../support/use-test-db";

// A run handles every notification created by its `now`. Each test runs at its own year, earlier
// than the one before, so it only handles what it created itself: the other files of the shared
// PostgreSQL database create theirs from 2020 on. The messages it queues are due from 2010 on,
// after every run of deliver-due-mail.int.test.ts (2001–2005), which therefore never sends them.
const at = (year: number, ms = 0) => new Date(Date.UTC(year, 5, 2, 2, 0, 0) + ms);
const links = { baseUrl: "https://trach-nhiem.bhxh.test", secret: "a-test-secret-of-some-length-0123456789" };

async function notify(
  recipientId: string,
  kind: TNotificationKind,
  createdAt: Date,
  refs: Record<string, string> = {},
) {
  return testDb.prisma.notification.create({ data: { recipientId, kind, createdAt, ...refs } });
}
const mailsTo = (email: string) => db.mailMessage.findMany({ where: { recipient: email }, orderBy: { id: "asc" } });

describe("mailDueNotifications (the notification-mail job)", () => {
  it("mails an IMMEDIATE notification once, linking to the exact step, and a second run mails nothing", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: staff, deadline: at(2016), status: "IN_PROGRESS" }],
    });
    const step = task.steps[0];
    const n = await notify(staff.id, "STEP_ASSIGNED", at(2015), {
      taskId: task.id,
      stepId: step.id,
      actorId: tree.people.dongDaHead.id,
    });

    await mailDueNotifications(at(2015, 60_000), links);
    const [mail, ...more] = await mailsTo(staff.email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: "notification:STEP_ASSIGNED", sentAt: null, nextAttemptAt: at(2015, 60_000) });
    expect(mail.subject).toBe("[Trách nhiệm] Được giao khâu việc");
    const href = `${links.baseUrl}/tasks/${task.id}#step-${step.id}`;
    expect(mail.link).toBe(href);
    expect(mail.text).toContain(`${tree.people.dongDaHead.name} đã giao cho bạn khâu «${step.name}»`);
    expect(mail.text).toContain(`Mở trên Trách nhiệm: ${href}`);
    expect(mail.html).toContain(`<a href="${href}">`);
    const token = new URL(mail.listUnsubscribe!).searchParams.get("t")!;
    expect(mail.listUnsubscribe).toBe(`${links.baseUrl}/api/unsubscribe?t=${token}`);
    expect(mail.text).toContain(`Ngừng nhận e-mail loại này: ${links.baseUrl}/unsubscribe?t=${token}`);
    expect(verifyUnsubscribeToken(links.secret, token)).toEqual({ userId: staff.id, kind: "STEP_ASSIGNED" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).mailedAt).toEqual(at(2015, 60_000));

    await mailDueNotifications(at(2015, 120_000), links);
    expect(await mailsTo(staff.email)).toHaveLength(1);
  });

  it("two runs at once mail each notification exactly once", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const people = [tree.people.dongDaStaff, tree.people.hbtStaff, tree.people.daNangStaff];
    for (let i = 0; i < 40; i++) await notify(people[i % 3].id, "CONSULTATION_REQUESTED", at(2014, i));
    const [a, b] = await Promise.all([
      mailDueNotifications(at(2014, 60_000), links),
      mailDueNotifications(at(2014, 60_000), links),
    ]);
    expect(a.mailed + b.mailed).toBe(40);
    const counts = await Promise.all(people.map(async (p) => (await mailsTo(p.email)).length));
    expect(counts).toEqual([14, 13, 13]);
    expect(
      await db.notification.count({ where: { recipientId: { in: people.map((p) => p.id) }, mailedAt: null } }),
    ).toBe(0);
  });

  it("passes over DIGEST and OFF notifications, inactive people and mandatory kinds stored OFF, marking them handled", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    const inactive = await createUser(testDb.prisma, tree.units.dongDa, { isActive: false });
    await testDb.prisma.notificationPreference.createMany({
      data: [
        { userId: staff.id, kind: "STEP_ASSIGNED", channel: "OFF" },
        { userId: staff.id, kind: "RETURN_UPHELD", channel: "IMMEDIATE" },
        { userId: staff.id, kind: "SIGNAL_RAISED", channel: "OFF" },
      ],
    });
    const passed = [
      await notify(staff.id, "STEP_ASSIGNED", at(2013)), // chosen OFF
      await notify(staff.id, "EXTENSION_APPROVED", at(2013)), // DIGEST by default
      await notify(staff.id, "SIGNAL_RAISED", at(2013)), // mandatory: OFF counts as DIGEST
      await notify(inactive.id, "STEP_ASSIGNED", at(2013)),
    ];
    const mailed = await notify(staff.id, "RETURN_UPHELD", at(2013)); // DIGEST by default, chosen IMMEDIATE
    expect(await mailDueNotifications(at(2013, 60_000), links)).toEqual({ mailed: 1, passed: 4 });
    expect((await mailsTo(staff.email)).map((m) => m.kind)).toEqual(["notification:RETURN_UPHELD"]);
    expect(await mailsTo(inactive.email)).toEqual([]);
    const rows = await db.notification.findMany({ where: { id: { in: [...passed, mailed].map((n) => n.id) } } });
    expect(rows.every((r) => r.mailedAt?.getTime() === at(2013, 60_000).getTime())).toBe(true);
  });

  it("leaves notifications created after its `now` for a later run", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.hbtStaff;
    const n = await notify(staff.id, "STEP_TURN", at(2012, 5_000));
    expect(await mailDueNotifications(at(2012), links)).toEqual({ mailed: 0, passed: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).mailedAt).toBeNull();
    expect(await mailDueNotifications(at(2012, 10_000), links)).toEqual({ mailed: 1, passed: 0 });
  });

  it("queues a message whose real SMTP delivery carries the one-click unsubscribe headers (RFC 8058)", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const head = tree.people.dongDaHead;
    await notify(head.id, "ESCALATION_RECEIVED", at(2011));
    await mailDueNotifications(at(2011, 60_000), links);
    const [row] = await mailsTo(head.email);
    const server = await startSmtpTestServer();
    try {
      const transport = createSmtpTransport(server.url, "Trach nhiem <no-reply@bhxh.test>");
      await transport.send(row);
      transport.close();
      const [received] = server.received;
      expect(received.to).toEqual([head.email]);
      expect(received.subject).toBe("[Trách nhiệm] Báo cáo vượt cấp lên đơn vị bạn");
      expect(received.headers["list-unsubscribe"]).toBe(`List-Unsubscribe: <${row.listUnsubscribe}>`);
      expect(received.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(received.text).toContain(`${links.baseUrl}/unsubscribe?t=`);
    } finally {
      await server.close();
    }
  });
});
