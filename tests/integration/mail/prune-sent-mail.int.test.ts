import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../../lib/server/db/prisma";
import { pruneSentMail, SENT_MAIL_RETENTION_MS } from "../../../lib/server/mail/prune-sent-mail";

// Before every other file's messages: pruning at this `now` cannot reach theirs.
const NOW = new Date("1999-03-01T00:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("pruneSentMail (the daily job)", () => {
  it("deletes messages sent more than 30 days ago, keeps younger ones and every message still waiting", async () => {
    const tag = randomUUID().slice(0, 8);
    const row = (name: string, sentAt: Date | null, createdAt: Date) => ({
      recipient: `${name}-${tag}@bhxh.test`,
      subject: "s",
      html: "<p>h</p>",
      text: "t",
      kind: "test",
      createdAt,
      // Never due in any delivery test's run (they claim what is due at 2001–2005).
      nextAttemptAt: new Date("2099-01-01T00:00:00Z"),
      sentAt,
    });
    const old = ago(SENT_MAIL_RETENTION_MS + 1);
    await db.mailMessage.createMany({
      data: [
        row("old-sent", old, old),
        row("young-sent", ago(SENT_MAIL_RETENTION_MS - 60_000), old),
        row("old-waiting", null, ago(2 * SENT_MAIL_RETENTION_MS)),
      ],
    });
    expect(await pruneSentMail(NOW)).toBe(1);
    const left = await db.mailMessage.findMany({ where: { recipient: { endsWith: `-${tag}@bhxh.test` } } });
    expect(left.map((m) => m.recipient.split("-")[0] + "-" + m.recipient.split("-")[1]).sort()).toEqual([
      "old-waiting",
      "young-sent",
    ]);
  });
});
