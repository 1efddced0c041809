import { afterEach, describe, expect, it, vi } from "vitest";

/** env() as a fresh process would read it with `vars` set (and SMTP's three unset otherwise). */
async function envWith(vars: Record<string, string>) {
  for (const name of ["SMTP_URL", "MAIL_FROM", "NEXTAUTH_URL", "PORT"]) vi.stubEnv(name, "");
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  const { env } = await import("./env");
  return env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env(): mail settings", () => {
  it("without SMTP_URL keeps mail (no transport) and links to localhost on PORT", async () => {
    const env = await envWith({ PORT: "3220" });
    expect(env().mail).toEqual({
      smtpUrl: undefined,
      from: "Trach nhiem <no-reply@localhost>",
      baseUrl: "http://localhost:3220",
    });
  });

  it("with SMTP_URL, NEXTAUTH_URL and MAIL_FROM sends from MAIL_FROM with links on the public address", async () => {
    const env = await envWith({
      SMTP_URL: "smtps://thu%40bhxh:b%C3%AD%20m%E1%BA%ADt@mail.bhxh.gov.vn:465",
      MAIL_FROM: "Trách nhiệm <khong-tra-loi@bhxh.gov.vn>",
      NEXTAUTH_URL: "https://trachnhiem.bhxh.gov.vn/",
    });
    expect(env().mail).toEqual({
      smtpUrl: "smtps://thu%40bhxh:b%C3%AD%20m%E1%BA%ADt@mail.bhxh.gov.vn:465",
      from: "Trách nhiệm <khong-tra-loi@bhxh.gov.vn>",
      baseUrl: "https://trachnhiem.bhxh.gov.vn",
    });
  });

  it.each([
    ["SMTP_URL without NEXTAUTH_URL", { SMTP_URL: "smtp://mail.test:587", MAIL_FROM: "a@b.test" }, /NEXTAUTH_URL/],
    ["SMTP_URL without MAIL_FROM", { SMTP_URL: "smtp://mail.test:587", NEXTAUTH_URL: "https://a.test" }, /MAIL_FROM/],
    ["an SMTP_URL that is not smtp: or smtps:", { SMTP_URL: "http://mail.test" }, /SMTP_URL/],
    ["a MAIL_FROM with a line break (a forged header)", { MAIL_FROM: "a@b.test\r\nBcc: x@y.test" }, /MAIL_FROM/],
    ["a MAIL_FROM without an address", { MAIL_FROM: "Trach nhiem" }, /MAIL_FROM/],
  ])("refuses %s", async (_case, vars, message) => {
    const env = await envWith(vars);
    expect(() => env()).toThrow(message);
  });
});
