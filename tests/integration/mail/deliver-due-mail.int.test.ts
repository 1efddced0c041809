import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/server/db/prisma";
import { createLogTransport } from "../../../lib/server/mail/create-log-transport";
import { createSmtpTransport } from "../../../lib/server/mail/create-smtp-transport";
import { deliverDueMail } from "../../../lib/server/mail/deliver-due-mail";
import { enqueueMail } from "../../../lib/server/mail/enqueue-mail";
import { startSmtpTestServer } from "../../support/start-smtp-test-server";

// A run claims every message due at its `now`. Each test runs at its own year, earlier than the
// one before, so it only claims what it queued itself; every other file of the shared PostgreSQL
// database queues later than 2006 and runs no delivery, so these runs never take theirs.
const at = (year: number, ms = 0) => new Date(Date.UTC(year, 0, 5, 2, 0, 0) + ms);
const FROM = "Trach nhiem <no-reply@bhxh.test>";

let servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function smtp() {
  const server = await startSmtpTestServer();
  servers.push(server);
  return server;
}

async function queue(now: Date, n = 1) {
  const tag = randomUUID().slice(0, 8);
  const recipients = Array.from({ length: n }, (_, i) => `nguoi-nhan-${tag}-${i}@bhxh.test`);
  const link = `https://trach-nhiem.bhxh.test/tasks/${tag}`;
  await db.$transaction(async (tx) => {
    for (const recipient of recipients)
      await enqueueMail(
        tx,
        {
          recipient,
          subject: `Việc mới được giao ${tag}`,
          text: `Xin chào, có việc mới cho anh/chị: ${link}`,
          html: `<p>Xin chào, có việc mới cho anh/chị: <a href="${link}">${link}</a></p>`,
          link,
          kind: "test",
        },
        now,
      );
  });
  return { recipients, link, tag };
}

const rowsOf = (recipients: string[]) =>
  db.mailMessage.findMany({ where: { recipient: { in: recipients } }, orderBy: { recipient: "asc" } });

describe("deliverDueMail (the mail-delivery job) against a real SMTP server", () => {
  it("sends a queued message: recipient, sender, subject, text and HTML with the link arrive", async () => {
    const server = await smtp();
    const now = at(2005);
    const { recipients, link, tag } = await queue(now);
    expect(await deliverDueMail(now, createSmtpTransport(server.url, FROM))).toEqual({ sent: 1, failed: 0 });
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail.to).toEqual(recipients);
    expect(mail.from).toBe("no-reply@bhxh.test");
    expect(mail.subject).toBe(`Việc mới được giao ${tag}`);
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    const [row] = await rowsOf(recipients);
    expect(row).toMatchObject({ sentAt: now, deliveredBy: "smtp", attempts: 1, lastError: null });
    // Sent once: a later run finds nothing due.
    expect(await deliverDueMail(at(2005, 3_600_000), createSmtpTransport(server.url, FROM))).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it("keeps a message the server refuses, with its error and a later attempt, and sends it on a later run", async () => {
    const server = await smtp();
    server.state.refuse = true;
    const now = at(2004);
    const { recipients } = await queue(now);
    expect(await deliverDueMail(now, createSmtpTransport(server.url, FROM))).toEqual({ sent: 0, failed: 1 });
    let [row] = await rowsOf(recipients);
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt).toEqual(at(2004, 60_000));
    // Not due before its backoff ends, even once the server accepts again.
    server.state.refuse = false;
    expect(await deliverDueMail(at(2004, 59_000), createSmtpTransport(server.url, FROM))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await deliverDueMail(at(2004, 60_000), createSmtpTransport(server.url, FROM))).toEqual({
      sent: 1,
      failed: 0,
    });
    [row] = await rowsOf(recipients);
    expect(row).toMatchObject({ sentAt: at(2004, 60_000), attempts: 2, lastError: null });
    expect(server.received.map((m) => m.to)).toEqual([recipients]);
  });

  it("keeps the messages while the server is down, backing off, and sends them once it is up", async () => {
    const down = await smtp();
    await down.close();
    servers = [];
    const now = at(2003);
    const { recipients } = await queue(now, 3);
    expect(await deliverDueMail(now, createSmtpTransport(down.url, FROM))).toEqual({ sent: 0, failed: 3 });
    expect(await deliverDueMail(at(2003, 60_000), createSmtpTransport(down.url, FROM))).toEqual({ sent: 0, failed: 3 });
    const rows = await rowsOf(recipients);
    expect(rows.map((r) => [r.sentAt, r.attempts, r.nextAttemptAt])).toEqual(
      recipients.map(() => [null, 2, at(2003, 60_000 + 120_000)]),
    );
    expect(rows.every((r) => /ECONNECTION|ESOCKET|ECONNREFUSED/.test(r.lastError ?? ""))).toBe(true);
    const up = await smtp();
    expect(await deliverDueMail(at(2003, 180_000), createSmtpTransport(up.url, FROM))).toEqual({ sent: 3, failed: 0 });
    expect(up.received.flatMap((m) => m.to).sort()).toEqual(recipients);
  });

  it("sends each message once when two runs (two instances) deliver at the same time", async () => {
    const server = await smtp();
    const now = at(2002);
    const { recipients } = await queue(now, 30);
    const reports = await Promise.all([
      deliverDueMail(now, createSmtpTransport(server.url, FROM)),
      deliverDueMail(now, createSmtpTransport(server.url, FROM)),
    ]);
    expect(reports[0].sent + reports[1].sent).toBe(30);
    expect(reports[0].failed + reports[1].failed).toBe(0);
    const delivered = server.received.flatMap((m) => m.to).sort();
    expect(delivered).toEqual([...recipients].sort());
    const rows = await rowsOf(recipients);
    expect(rows.every((r) => r.attempts === 1 && r.sentAt !== null)).toBe(true);
  });

  it("without SMTP_URL keeps each due message, marked as kept in the log, and prints one line: to, subject, link", async () => {
    const now = at(2001);
    const { recipients, link, tag } = await queue(now);
    const lines: string[] = [];
    expect(
      await deliverDueMail(
        now,
        createLogTransport((l) => lines.push(l)),
      ),
    ).toEqual({ sent: 1, failed: 0 });
    expect(lines).toEqual([
      `[mail] kept (no SMTP_URL): to=${recipients[0]} subject="Việc mới được giao ${tag}" link=${link}`,
    ]);
    const [row] = await rowsOf(recipients);
    expect(row).toMatchObject({ sentAt: now, deliveredBy: "log", attempts: 1 });
  });
});
