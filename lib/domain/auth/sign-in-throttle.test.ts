import { describe, expect, it } from "vitest";
import { accountDelayMs, signInThrottle } from "./sign-in-throttle";

const NOW = new Date("2026-12-07T02:00:00Z");
const MIN = 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
/** `n` failures, the latest `latestAgo` before now, a second apart going back. */
const failures = (n: number, latestAgo: number) => Array.from({ length: n }, (_, i) => ago(latestAgo + i * 1000));

describe("accountDelayMs", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1 * MIN],
    [6, 2 * MIN],
    [7, 4 * MIN],
    [8, 8 * MIN],
    [9, 15 * MIN],
    [40, 15 * MIN],
    [10_000, 15 * MIN],
  ])("%i failures in the window hold the account back %i ms after the latest", (n, ms) => {
    expect(accountDelayMs(n)).toBe(ms);
  });
});

describe("signInThrottle", () => {
  it.each([
    ["no failures", 0, 0, 0, true, null],
    ["4 account failures", 4, 0, 0, true, null],
    ["5 account failures, the latest 30 s ago", 5, 30_000, 0, false, 1],
    ["5 account failures, the latest 1 minute ago", 5, MIN, 0, true, null],
    ["6 account failures, the latest 1 minute ago", 6, MIN, 0, false, 1],
    ["8 account failures, the latest 1 minute ago", 8, MIN, 0, false, 7],
    ["20 account failures, the latest 14 minutes ago", 20, 14 * MIN, 0, false, 1],
    ["20 account failures, the latest 15 minutes ago: the lock never outlasts 15 minutes", 20, 15 * MIN, 0, true, null],
    ["29 address failures", 0, 0, 29, true, null],
    ["30 address failures", 0, 0, 30, false, 15],
  ])("%s", (_case, accountN, latestAgo, addressN, allowed, minutes) => {
    const result = signInThrottle({ account: failures(accountN, latestAgo), address: failures(addressN, 0) }, NOW);
    expect(result.allowed).toBe(allowed);
    if (!result.allowed) expect(result.retryAfterMinutes).toBe(minutes);
  });

  it("counts an account's failures together while each comes within 15 minutes of the one before", () => {
    const every14 = Array.from({ length: 6 }, (_, i) => ago(i * 14 * MIN));
    expect(signInThrottle({ account: every14, address: [] }, NOW)).toMatchObject({
      allowed: false,
      retryAfterMinutes: 2,
    });
    const every16 = Array.from({ length: 6 }, (_, i) => ago(i * 16 * MIN));
    expect(signInThrottle({ account: every16, address: [] }, NOW)).toEqual({ allowed: true });
  });

  it("keeps a run going for one who fails again as each lock ends, but each lock ends within 15 minutes", () => {
    // Failures at 0–4 s, then one as each lock ends: locks of 1, 2, 4, 8, then 15 minutes.
    const times = [0, 1, 2, 3, 4].map((s) => s * 1000);
    let delays: number[] = [];
    for (const minutes of [1, 2, 4, 8, 15, 15]) {
      const last = times[times.length - 1];
      const at = new Date(NOW.getTime() + last + 1);
      const result = signInThrottle({ account: times.map((t) => new Date(NOW.getTime() + t)), address: [] }, at);
      expect(result).toMatchObject({ allowed: false, retryAt: new Date(NOW.getTime() + last + minutes * MIN) });
      delays = [...delays, minutes];
      times.push(last + minutes * MIN);
    }
    expect(delays).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it("names which limit holds the attempt back, the later one when both do", () => {
    const both = signInThrottle({ account: failures(5, 0), address: failures(30, 0) }, NOW);
    expect(both).toMatchObject({ allowed: false, scope: "address" });
    const account = signInThrottle({ account: failures(9, 0), address: failures(30, 10 * MIN) }, NOW);
    expect(account).toMatchObject({ allowed: false, scope: "account", retryAt: new Date(NOW.getTime() + 15 * MIN) });
  });

  it("ignores failures older than the window and ones in the future", () => {
    const old = Array.from({ length: 50 }, () => ago(16 * MIN));
    const future = Array.from({ length: 50 }, () => new Date(NOW.getTime() + MIN));
    expect(signInThrottle({ account: [...old, ...future], address: [...old, ...future] }, NOW)).toEqual({
      allowed: true,
    });
  });

  it("lets an address try again once its oldest failures leave the window", () => {
    const spread = Array.from({ length: 30 }, (_, i) => ago(14 * MIN - i * 10_000));
    expect(signInThrottle({ account: [], address: spread }, NOW).allowed).toBe(false);
    expect(signInThrottle({ account: [], address: spread }, new Date(NOW.getTime() + 61_000)).allowed).toBe(true);
  });
});
