import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import { adminResetPassword } from "../../../lib/server/auth/admin-reset-password";
import { confirmTotpEnrolment } from "../../../lib/server/auth/confirm-totp-enrolment";
import { signInWithPassword } from "../../../lib/server/auth/sign-in-with-password";
import { startTotpEnrolment } from "../../../lib/server/auth/start-totp-enrolment";
import { isDomainError } from "../../../lib/server/errors/domain-error";
import { createUnit } from "../../factories/create-unit";
import { createUser, TEST_PASSWORD } from "../../factories/create-user";
import { testDb } from "../../support/use-test-db";

const T0 = new Date("2031-09-10T02:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const code = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

let unit: { id: string; path: string };
beforeAll(async () => {
  unit = await createUnit(testDb.prisma);
});

/** A person enrolled at T0, with the secret their app holds. */
async function enrolled() {
  const u = await createUser(testDb.prisma, unit);
  const { secret, qrSvg } = await startTotpEnrolment({ ...u.actor, email: u.email });
  expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  await confirmTotpEnrolment(u.actor, { code: await code(secret, T0) }, T0);
  return { ...u, secret };
}

const signIn = (email: string, totp: string | undefined, now: Date, password = TEST_PASSWORD) =>
  signInWithPassword({ email, password, totp, ip: null }, now);

describe("TOTP second factor", () => {
  it("keeps the secret sealed, records the enrolment, and asks for a code after the right password", async () => {
    const u = await enrolled();
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.totpEnabledAt).toEqual(T0);
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(u.secret);
    const events = await testDb.prisma.event.findMany({ where: { actorId: u.id, kind: "TOTP_ENROLLED" } });
    expect(events).toHaveLength(1);

    expect(await signIn(u.email, undefined, at(60_000))).toEqual({ ok: false, reason: "totp-required" });
    expect(await signIn(u.email, undefined, at(60_000), "sai")).toEqual({ ok: false, reason: "credentials" });
    const now = at(90_000);
    expect(await signIn(u.email, await code(u.secret, now), now)).toMatchObject({ ok: true, user: { id: u.id } });
  });

  it("refuses a code used once already, and counts wrong codes as failures towards the throttle", async () => {
    const u = await enrolled();
    const now = at(120_000);
    const good = await code(u.secret, now);
    expect(await signIn(u.email, good, now)).toMatchObject({ ok: true });
    expect(await signIn(u.email, good, at(125_000))).toEqual({ ok: false, reason: "totp-wrong" });
    for (let i = 0; i < 4; i++) expect(await signIn(u.email, "000000", at(126_000 + i))).toMatchObject({ ok: false });
    const later = at(127_000);
    expect(await signIn(u.email, await code(u.secret, later), later)).toMatchObject({ reason: "throttled" });
    const failed = await testDb.prisma.event.findMany({
      where: { kind: "SIGN_IN_FAILED", payload: { path: ["userId"], equals: u.id } },
    });
    expect(failed.map((e) => (e.payload as { factor: string }).factor)).toEqual(Array(5).fill("totp"));
  });

  it("refuses a wrong enrolment code, keeping the person unenrolled", async () => {
    const u = await createUser(testDb.prisma, unit);
    await startTotpEnrolment({ ...u.actor, email: u.email });
    const error = await confirmTotpEnrolment(u.actor, { code: "123456" }, T0).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await signIn(u.email, undefined, T0)).toMatchObject({ ok: true });
  });

  it("is removed by an administrator's reset, for a person who lost their phone", async () => {
    const u = await enrolled();
    const admin = await createUser(testDb.prisma, unit, { roles: ["STAFF", "ADMIN"] });
    const { temporaryPassword } = await adminResetPassword(admin.actor, u.id, at(1000));
    expect(await signIn(u.email, undefined, at(2000), temporaryPassword)).toMatchObject({ ok: true });
  });
});
