import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./is-cross-site-write";

const h = (headers: Record<string, string>) => new Headers(headers);

describe("isCrossSiteWrite", () => {
  it.each([
    [
      "a server action from another site",
      "POST",
      { host: "app.example", origin: "https://evil.example" },
      undefined,
      true,
    ],
    [
      "a server action from the app's own page",
      "POST",
      { host: "app.example", origin: "https://app.example" },
      undefined,
      false,
    ],
    [
      "another port of the same host",
      "POST",
      { host: "app.example:3000", origin: "http://app.example:4000" },
      undefined,
      true,
    ],
    [
      "the host a proxy forwarded",
      "POST",
      { host: "10.0.0.5:3000", "x-forwarded-host": "app.example", origin: "https://app.example" },
      undefined,
      false,
    ],
    [
      "the public address (NEXTAUTH_URL)",
      "POST",
      { host: "10.0.0.5:3000", origin: "https://app.example" },
      "app.example",
      false,
    ],
    ["an opaque origin", "POST", { host: "app.example", origin: "null" }, undefined, true],
    ["a write with no Origin (a script, an API client)", "POST", { host: "app.example" }, undefined, false],
    [
      "a read from another site (a link)",
      "GET",
      { host: "app.example", origin: "https://evil.example" },
      undefined,
      false,
    ],
    ["a DELETE from another site", "DELETE", { host: "app.example", origin: "https://evil.example" }, undefined, true],
    [
      "host names differing only in case",
      "POST",
      { host: "App.Example", origin: "https://app.example" },
      undefined,
      false,
    ],
  ])("%s", (_case, method, headers, publicHost, expected) => {
    expect(isCrossSiteWrite(method, h(headers), publicHost)).toBe(expected);
  });
});
