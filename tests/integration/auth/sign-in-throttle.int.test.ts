import { beforeAll, describe, expect, it } from "vitest";
import { runWithRequestMetadata } from "../../../lib/server/request/request-metadata";
import { pruneSignInFailures } from "../../../lib/server/auth/prune-sign-in-failures";
import { signInAccountKey } from "../../../lib/server/auth/sign-in-account-key";
import { signInWithPassword } from "../../../lib/server/auth/sign-in-with-password";
import { createUnit } from "../../factories/create-unit";
import { createUser, TEST_PASSWORD } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const T0 = new Date("2031-07-08T02:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const SEC = 1000;
const MIN = 60_000;

let unit: { id: string; path: string };
beforeAll(async () => {
  unit = await createUnit(testDb.prisma);
});

/** A distinct client address per test, so that tests running together never share one. */
const newIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function attempt(email: string, password: string, ip: string | null, now: Date) {
  return runWithRequestMetadata({ ip, userAgent: "vitest" }, () => signInWithPassword({ email, password, ip }, now));
}

const eventsFor = (userId: string) =>
  testDb.prisma.event.findMany({
    where: { kind: { in: ["SIGN_IN_FAILED", "SIGN_IN_THROTTLED"] }, payload: { path: ["userId"], equals: userId } },
    orderBy: { seq: "asc" },
  });

describe("signInWithPassword", () => {
  it("holds an account back 1 minute after 5 failures, refusing even the right password, then 2 minutes", async () => {
    const u = await createUser(testDb.prisma, unit);
    const ip = newIp();
    for (let i = 0; i < 5; i++)
      expect(await attempt(u.email, "sai-mat-khau", ip, at(i * SEC))).toEqual({ ok: false, reason: "credentials" });
    expect(await attempt(u.email, TEST_PASSWORD, ip, at(5 * SEC))).toEqual({
      ok: false,
      reason: "throttled",
      minutes: 1,
    });
    // From another address too: the account is what is held back.
    expect(await attempt(u.email, TEST_PASSWORD, newIp(), at(30 * SEC))).toMatchObject({ reason: "throttled" });
    expect(await attempt(u.email, "sai-mat-khau", ip, at(4 * SEC + MIN))).toEqual({ ok: false, reason: "credentials" });
    expect(await attempt(u.email, TEST_PASSWORD, ip, at(5 * SEC + MIN))).toEqual({
      ok: false,
      reason: "throttled",
      minutes: 2,
    });
    const events = await eventsFor(u.id);
    expect(events.map((e) => e.kind)).toEqual([
      ...Array(5).fill("SIGN_IN_FAILED"),
      "SIGN_IN_THROTTLED",
      "SIGN_IN_FAILED",
      "SIGN_IN_THROTTLED",
    ]);
    expect(events[5]).toMatchObject({ actorId: null, ip, userAgent: "vitest" });
    expect(events[5].payload).toEqual({ userId: u.id, scope: "account", minutes: 1 });
    expect(events[7].payload).toEqual({ userId: u.id, scope: "account", minutes: 2 });
  });

  it("never locks for more than 15 minutes after the last failure, and a success clears the failures", async () => {
    const u = await createUser(testDb.prisma, unit);
    for (let i = 0; i < 5; i++) await attempt(u.email, "sai", null, at(i * SEC));
    // Failing again as each lock ends, as a colleague guessing might: the lock grows to its cap.
    let t = 4 * SEC;
    for (const minutes of [1, 2, 4, 8]) {
      t += minutes * MIN;
      expect(await attempt(u.email, "sai", null, at(t))).toMatchObject({ reason: "credentials" });
    }
    // Attempts during the lock are refused without being counted, so they never prolong it.
    for (let i = 1; i < 15; i++)
      expect(await attempt(u.email, "sai", null, at(t + i * MIN - SEC))).toMatchObject({ reason: "throttled" });
    expect(await attempt(u.email, TEST_PASSWORD, null, at(t + 14 * MIN))).toEqual({
      ok: false,
      reason: "throttled",
      minutes: 1,
    });
    expect(await attempt(u.email, TEST_PASSWORD, null, at(t + 15 * MIN))).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
    const key = signInAccountKey(u.email);
    expect(await testDb.prisma.signInFailure.count({ where: { accountKey: key } })).toBe(0);
  });

  it("throttles an unknown e-mail alike, keeping no trace of what was typed", async () => {
    const email = `${unique("khong-co-")}@test.bhxh.vn`;
    for (let i = 0; i < 5; i++) await attempt(email, "sai", null, at(i * SEC));
    expect(await attempt(email, "sai", null, at(5 * SEC))).toMatchObject({ reason: "throttled" });
    const rows = await testDb.prisma.signInFailure.findMany({ where: { accountKey: signInAccountKey(email) } });
    expect(rows).toHaveLength(5);
    expect(JSON.stringify(rows)).not.toContain(email.split("@")[0]);
  });

  it("holds an address back after 30 failures over many accounts, leaving other addresses alone", async () => {
    const ip = newIp();
    const start = at(60 * MIN);
    const emails = Array.from({ length: 10 }, () => `${unique("thu-")}@test.bhxh.vn`);
    for (let i = 0; i < 30; i++) await attempt(emails[i % 10], "sai", ip, new Date(start.getTime() + i * SEC));
    const u = await createUser(testDb.prisma, unit);
    const later = new Date(start.getTime() + 31 * SEC);
    expect(await attempt(u.email, TEST_PASSWORD, ip, later)).toEqual({ ok: false, reason: "throttled", minutes: 15 });
    expect(await attempt(u.email, TEST_PASSWORD, newIp(), later)).toMatchObject({ ok: true });
  });
});

describe("pruneSignInFailures", () => {
  it("deletes the failures older than a day, which no throttle reads, and keeps the others", async () => {
    const email = `${unique("cu-")}@test.bhxh.vn`;
    const start = at(5 * 24 * 60 * MIN);
    await attempt(email, "sai", null, start);
    await attempt(email, "sai", null, new Date(start.getTime() + MIN));
    const accountKey = signInAccountKey(email);
    await pruneSignInFailures(new Date(start.getTime() + 24 * 60 * MIN + 30 * SEC));
    const left = await testDb.prisma.signInFailure.findMany({ where: { accountKey } });
    expect(left.map((f) => f.at)).toEqual([new Date(start.getTime() + MIN)]);
  });
});
