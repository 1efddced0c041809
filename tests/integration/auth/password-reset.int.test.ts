import { beforeAll, describe, expect, it } from "vitest";
import { env } from "../../../lib/env";
import { authenticate } from "../../../lib/server/auth/authenticate";
import { hashPasswordResetToken } from "../../../lib/server/auth/password-reset-token";
import { requestPasswordReset } from "../../../lib/server/auth/request-password-reset";
import { resetPassword } from "../../../lib/server/auth/reset-password";
import { isDomainError } from "../../../lib/server/errors/domain-error";
import { createUnit } from "../../factories/create-unit";
import { createUser, TEST_PASSWORD } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

// Far from every other file's clock, so the mail-delivery tests never claim these messages.
const T0 = new Date("2031-03-04T02:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const NEW_PASSWORD = "Mật khẩu mới 2031!";

let unit: { id: string; path: string };
beforeAll(async () => {
  unit = await createUnit(testDb.prisma);
});

const mailsTo = (recipient: string) =>
  testDb.prisma.mailMessage.findMany({ where: { recipient }, orderBy: { createdAt: "asc" } });

/** The token of the link in the latest message to `recipient`, as the person would open it. */
async function tokenFromMail(recipient: string): Promise<string> {
  const mails = await mailsTo(recipient);
  const link = mails.at(-1)?.link ?? "";
  expect(link.startsWith(`${env().mail.baseUrl}/reset-password?token=`)).toBe(true);
  return new URL(link).searchParams.get("token") ?? "";
}

async function refusal(p: Promise<unknown>) {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isDomainError(error)).toBe(true);
  return error as Error;
}

describe("requestPasswordReset", () => {
  it("queues a Vietnamese message with the link for an active account, and stores only the token's hash", async () => {
    const user = await createUser(testDb.prisma, unit);
    await expect(requestPasswordReset({ email: user.email.toUpperCase() }, T0)).resolves.toBeUndefined();
    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({ kind: "password-reset", subject: "Đặt lại mật khẩu Trách nhiệm", sentAt: null });
    expect(mail.nextAttemptAt).toEqual(T0);
    const token = await tokenFromMail(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.text).toContain(`Chào ${user.name},`);
    expect(mail.text).toContain(mail.link);
    expect(mail.html).toContain(`href="${mail.link}"`);
    const stored = await testDb.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(hashPasswordResetToken(token));
    expect(stored[0].tokenHash).not.toContain(token);
    expect(stored[0].expiresAt).toEqual(at(30 * MIN));
  });

  it("answers the same for an unknown or inactive address, and queues nothing", async () => {
    const unknown = `${unique("khong-co-")}@test.bhxh.vn`;
    const inactive = await createUser(testDb.prisma, unit, { isActive: false });
    await expect(requestPasswordReset({ email: unknown }, T0)).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: inactive.email }, T0)).resolves.toBeUndefined();
    expect(await mailsTo(unknown)).toEqual([]);
    expect(await mailsTo(inactive.email)).toEqual([]);
    expect(await testDb.prisma.passwordResetToken.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("sends at most 3 links per address and minute, and 5 per hour, answering the same past the limits", async () => {
    const user = await createUser(testDb.prisma, unit);
    for (let i = 0; i < 4; i++)
      await expect(requestPasswordReset({ email: user.email }, at(i))).resolves.toBeUndefined();
    expect(await mailsTo(user.email)).toHaveLength(3);
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: user.email }, at(MIN + i));
    expect(await mailsTo(user.email)).toHaveLength(5);
    await requestPasswordReset({ email: user.email }, at(61 * MIN));
    expect(await mailsTo(user.email)).toHaveLength(6);
  });
});

describe("resetPassword", () => {
  it("sets the new password once; the same link is refused afterwards and the old password stops working", async () => {
    const user = await createUser(testDb.prisma, unit);
    await requestPasswordReset({ email: user.email }, T0);
    const token = await tokenFromMail(user.email);
    await resetPassword({ token, password: NEW_PASSWORD }, at(29 * MIN));
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
    const again = await refusal(resetPassword({ token, password: "Mật khẩu khác 2031" }, at(29 * MIN + 1)));
    expect(again.message).toBe(
      "Liên kết đặt lại mật khẩu không dùng được: nó đã được dùng, đã quá 30 phút hoặc không đúng. Hãy yêu cầu một liên kết mới.",
    );
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a link 30 minutes after it was asked for, and changes nothing", async () => {
    const user = await createUser(testDb.prisma, unit);
    await requestPasswordReset({ email: user.email }, T0);
    const token = await tokenFromMail(user.email);
    await refusal(resetPassword({ token, password: NEW_PASSWORD }, at(30 * MIN)));
    expect(await authenticate(user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
    const [stored] = await testDb.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored.usedAt).toBeNull();
  });

  it("refuses a token that was never issued, and ends the account's other links once one is used", async () => {
    const user = await createUser(testDb.prisma, unit);
    await refusal(resetPassword({ token: "A".repeat(43), password: NEW_PASSWORD }, T0));
    await requestPasswordReset({ email: user.email }, T0);
    const first = await tokenFromMail(user.email);
    await requestPasswordReset({ email: user.email }, at(MIN));
    const second = await tokenFromMail(user.email);
    expect(second).not.toBe(first);
    await resetPassword({ token: second, password: NEW_PASSWORD }, at(2 * MIN));
    await refusal(resetPassword({ token: first, password: "Mật khẩu khác 2031" }, at(3 * MIN)));
    expect(await authenticate(user.email, NEW_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    const user = await createUser(testDb.prisma, unit);
    await requestPasswordReset({ email: user.email }, T0);
    const token = await tokenFromMail(user.email);
    const results = await Promise.allSettled([
      resetPassword({ token, password: "Mật khẩu thứ nhất 1" }, at(MIN)),
      resetPassword({ token, password: "Mật khẩu thứ hai 22" }, at(MIN)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});
