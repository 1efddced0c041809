import { describe, expect, it } from "vitest";
import { requestMetadataOf } from "./request-metadata-of";

const headers = (h: Record<string, string>) => new Headers(h);

describe("requestMetadataOf", () => {
  it("records no address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(
      requestMetadataOf(headers({ "x-forwarded-for": "198.51.100.9", "user-agent": "Firefox/140" }), false),
    ).toEqual({ ip: null, userAgent: "Firefox/140" });
  });

  it.each([
    ["one address", "203.0.113.7", "203.0.113.7"],
    ["the proxy's own hop, not the client's claim", "10.9.9.9, 203.0.113.7", "203.0.113.7"],
    ["IPv6", "2001:db8::1", "2001:db8::1"],
    ["IPv6 in brackets with a port", "[2001:db8::1]:443", "2001:db8::1"],
    ["IPv4 with a port", "203.0.113.7:51234", "203.0.113.7"],
    ["IPv4 mapped in IPv6", "::ffff:203.0.113.7", "203.0.113.7"],
    ["not an address", "<script>", null],
    ["empty", "", null],
  ])("behind a trusted proxy takes the last X-Forwarded-For hop: %s", (_case, xff, ip) => {
    expect(requestMetadataOf(headers({ "x-forwarded-for": xff }), true).ip).toBe(ip);
  });

  it("cuts a User-Agent longer than its column and records none when absent", () => {
    expect(requestMetadataOf(headers({ "user-agent": "a".repeat(2000) }), false).userAgent).toHaveLength(512);
    expect(requestMetadataOf(headers({}), true)).toEqual({ ip: null, userAgent: null });
  });
});
