import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiTestAccounts } from "../../support/api/api-roles";
import { mintToken } from "../../support/api/mint-tokens";
import { startNextServer, type TNextServer } from "../../support/api/next-server";
import { apiDb } from "../../support/api/use-api-db";
import { startSmtpTestServer } from "../../support/start-smtp-test-server";

// Two more `next start` instances of the production build on the API tests' database (beside
// the one of start-app.ts), as two app instances behind a load balancer would run: same
// database, each with its job worker. pg-boss polls every second here so that a schedule fires
// within seconds of its minute; production keeps pg-boss's defaults.
const LIMIT = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("two app instances on one PostgreSQL", () => {
  const instances: TNextServer[] = [];
  let startedAt: Date;
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    const env = {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Trach nhiem <no-reply@bhxh.test>",
      DATABASE_URL: inject("apiDatabaseUrl"),
      NEXTAUTH_SECRET: "api-tests-secret-0123456789abcdef",
      DEMO_MODE: "false",
      API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      JOBS_POLL_SECONDS: "1",
    };
    instances.push(
      ...(await Promise.all([startNextServer(inject("apiAppDir"), env), startNextServer(inject("apiAppDir"), env)])),
    );
    startedAt = new Date();
  });
  afterAll(async () => {
    for (const i of instances) i.stop();
    await smtp.close();
  });

  it("share the API rate limit: requests split across both are refused at the limit", async () => {
    const token = await mintToken(apiTestAccounts.otherStaff, `scale-out ${Math.random().toString(36).slice(2, 8)}`);
    // One minute's window for the whole exchange: wait out the last seconds of a minute.
    while (new Date().getSeconds() > 45) await sleep(1_000);
    const me = (i: number) =>
      fetch(`${instances[i % 2].baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    const remaining: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await me(i);
      expect(res.status).toBe(200);
      remaining.push(Number(res.headers.get("ratelimit-remaining")));
    }
    // Each instance counts the other's requests: 9, 8, … 0, alternating between them.
    expect(remaining).toEqual(Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i));
    for (const i of [0, 1]) {
      const refused = await me(i);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    }
  });

  it("run the every-minute signal sweep once per minute between them", async () => {
    // Past the next minute's tick, with time for a worker to take and finish its job.
    const nextTick = Math.ceil((startedAt.getTime() + 1) / 60_000) * 60_000;
    while (Date.now() < nextTick + 15_000) await sleep(1_000);
    const runs = await apiDb.$queryRaw<{ minute: Date; jobs: number; completed: number }[]>`
      SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS jobs,
             (count(*) FILTER (WHERE state = 'completed'))::int AS completed
      FROM pgboss.job WHERE name = 'signals-sweep' AND created_on >= ${new Date(startedAt.getTime() - 60_000)}
      GROUP BY 1 ORDER BY 1`;
    const minutes = runs.map((r) => r.minute.getTime());
    expect(minutes).toContain(nextTick);
    for (const r of runs)
      expect({ minute: r.minute, jobs: r.jobs, completed: r.completed }).toEqual({
        minute: r.minute,
        jobs: 1,
        completed: 1,
      });
    // Both took part: each started its pg-boss worker (as the restricted role) and kept it.
    for (const i of instances) {
      expect(i.isRunning()).toBe(true);
      expect(i.output()).toContain("[jobs] worker started (pg-boss)");
      expect(i.output()).not.toMatch(/\[jobs\] .*failed|pg-boss:.*error/i);
    }
  }, 150_000);

  it("send each queued e-mail once between them", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const recipients = Array.from({ length: 20 }, (_, i) => `scale-out-${tag}-${i}@bhxh.test`);
    await apiDb.mailMessage.createMany({
      data: recipients.map((recipient) => ({
        recipient,
        subject: `Thư thử ${tag}`,
        html: "<p>Thư thử</p>",
        text: "Thư thử",
        kind: "test",
        nextAttemptAt: new Date(),
      })),
    });
    const rowsOf = () => apiDb.mailMessage.findMany({ where: { recipient: { in: recipients } } });
    const deadline = Date.now() + 130_000;
    while ((await rowsOf()).some((r) => r.sentAt === null) && Date.now() < deadline) await sleep(2_000);
    const rows = await rowsOf();
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
    // The suite's own instance has no SMTP_URL and keeps what it takes in its log; these two
    // send. Either way each message was taken once, and the server got each it was sent once.
    const bySmtp = rows.filter((r) => r.deliveredBy === "smtp").map((r) => r.recipient);
    const byLog = rows.filter((r) => r.deliveredBy === "log");
    expect(bySmtp.length + byLog.length).toBe(recipients.length);
    // Only this test's recipients: the same server also receives the notification e-mails of
    // the seeded people, which the notification-mail job queues on these instances.
    expect(
      smtp.received
        .flatMap((m) => m.to)
        .filter((to) => recipients.includes(to))
        .sort(),
    ).toEqual(bySmtp.sort());
  }, 150_000);

  it("e-mail each notification once between them", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const { unitId } = await apiDb.user.findFirstOrThrow({ select: { unitId: true } });
    const person = await apiDb.user.create({
      data: { email: `scale-out-notified-${tag}@bhxh.test`, name: `Người nhận ${tag}`, passwordHash: "-", unitId },
    });
    const notification = await apiDb.notification.create({
      data: { recipientId: person.id, kind: "CONSULTATION_REQUESTED", createdAt: new Date() },
    });
    const deadline = Date.now() + 130_000;
    const handled = () => apiDb.notification.findUniqueOrThrow({ where: { id: notification.id } });
    while ((await handled()).mailedAt === null && Date.now() < deadline) await sleep(2_000);
    expect((await handled()).mailedAt).not.toBeNull();
    // Every instance runs the notification-mail job each minute; one of them took it, once.
    const mails = await apiDb.mailMessage.findMany({ where: { recipient: person.email } });
    expect(mails.map((m) => m.kind)).toEqual(["notification:CONSULTATION_REQUESTED"]);
    const jobs = await apiDb.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-mail' AND state = 'completed'`;
    expect(jobs[0].n).toBeGreaterThan(0);
  }, 150_000);
});
