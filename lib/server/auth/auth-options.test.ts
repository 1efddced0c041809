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
