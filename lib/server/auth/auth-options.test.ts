import { afterEach, describe, expect, it, vi } from "vitest";

// authOptions and env() are read once per process: each case loads them afresh.
async function authOptionsWith(nextAuthUrl: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  return (await import("./auth-options")).authOptions;
}

describe("the session cookies", { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("are Secure when the app is served over https", async () => {
    expect((await authOptionsWith("https://trachnhiem.baohiemxahoi.gov.vn")).useSecureCookies).toBe(true);
  });

  it("are not Secure on plain http, where a browser would drop them", async () => {
    expect((await authOptionsWith("http://127.0.0.1:3000")).useSecureCookies).toBe(false);
    expect((await authOptionsWith("")).useSecureCookies).toBe(false);
  });
});

describe("the session token", { timeout: 60_000 }, () => {
  it("carries the account's sessionVersion from sign-in into the session, where it is compared", async () => {
    const { callbacks } = await authOptionsWith("");
    const user = { id: "u1", email: "a@b.vn", name: "A", sessionVersion: 3 };
    const token = await callbacks!.jwt!({ token: {}, user, account: null } as never);
    expect(token).toMatchObject({ sub: "u1", sv: 3, via: "password" });
    // Later requests: no user, the token keeps what it was issued with.
    expect(await callbacks!.jwt!({ token } as never)).toMatchObject({ sub: "u1", sv: 3 });
    const session = await callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
    expect(session.user).toEqual({ id: "u1", sv: 3, via: "password" });
  });
});
