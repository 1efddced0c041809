import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";
import { isHttpsRequest } from "./is-https-request";
import { securityHeaders } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name);

describe("the page policy", () => {
  it("runs only the scripts that carry this request's nonce, and never inline ones or eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", isDev: false, isHttps: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'|'unsafe-eval'/);
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("upgrades sub-requests to https only when the app is served over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", isDev: false, isHttps: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", isDev: false, isHttps: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("the security headers", () => {
  it("send HSTS only over https", () => {
    expect(securityHeaders(true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
    expect(securityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders(false)).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
  });

  it.each([
    ["NEXTAUTH_URL is https", {}, { isHttps: true, trustProxy: false }, true],
    ["a trusted proxy saw https", { "x-forwarded-proto": "https" }, { isHttps: false, trustProxy: true }, true],
    [
      "an untrusted header claims https",
      { "x-forwarded-proto": "https" },
      { isHttps: false, trustProxy: false },
      false,
    ],
    ["a trusted proxy saw http", { "x-forwarded-proto": "http" }, { isHttps: false, trustProxy: true }, false],
  ])("decide https when %s", (_case, headers, config, expected) => {
    expect(isHttpsRequest(new Headers(headers), config)).toBe(expected);
  });
});
