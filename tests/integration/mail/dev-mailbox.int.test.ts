import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../../lib/server/db/prisma";
import { enqueueMail } from "../../../lib/server/mail/enqueue-mail";
import { findDevMailbox } from "../../../lib/server/mail/find-dev-mailbox";

const message = (tag: string) => ({
  recipient: `hop-thu-${tag}@bhxh.test`,
  subject: `Thư thử ${tag}`,
  text: `Nội dung ${tag}`,
  html: `<p>Nội dung ${tag}</p>`,
  link: `http://localhost:3000/tasks/${tag}`,
  kind: "test",
});

describe("findDevMailbox (the development mailbox page, without SMTP_URL)", () => {
  it("lists the newest messages for an administrator, refuses anyone else, and does not exist once mail is sent for real", async () => {
    const tag = randomUUID().slice(0, 8);
    // Later than every other file's messages, so it is the newest; no delivery run reaches 2040.
    await db.$transaction((tx) => enqueueMail(tx, message(tag), new Date("2040-01-01T00:00:00Z")));
    const list = await findDevMailbox({ roles: ["STAFF", "ADMIN"] }, true);
    expect(list[0]).toMatchObject({ recipient: `hop-thu-${tag}@bhxh.test`, subject: `Thư thử ${tag}`, sentAt: null });
    expect(list.length).toBeLessThanOrEqual(50);
    await expect(findDevMailbox({ roles: ["STAFF", "UNIT_HEAD"] }, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findDevMailbox({ roles: ["STAFF", "ADMIN"] }, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
