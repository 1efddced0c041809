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

describe("env(): sign-in settings", () => {
  const OIDC = {
    OIDC_ISSUER: "https://sso.bhxh.gov.vn/",
    OIDC_CLIENT_ID: "tn",
    OIDC_CLIENT_SECRET: "s",
    NEXTAUTH_URL: "https://trachnhiem.bhxh.gov.vn",
  };
  const clear = {
    OIDC_ISSUER: "",
    OIDC_CLIENT_ID: "",
    OIDC_CLIENT_SECRET: "",
    OIDC_AUTO_CREATE: "",
    PASSWORD_SIGNIN: "",
    TOTP_REQUIRED_ROLES: "",
  };
  const withDefaults = (vars: Record<string, string>) =>
    envWith(Object.fromEntries(Object.entries({ ...clear, ...vars }).filter(([, v]) => v !== "")));

  it("has no single sign-on, password sign-in on and no required second factor by default", async () => {
    const env = await withDefaults({});
    expect(env()).toMatchObject({ oidc: undefined, passwordSignIn: true, totpRequiredRoles: [] });
  });

  it("reads the OIDC client, the match and the roles that need a second factor", async () => {
    const env = await withDefaults({ ...OIDC, TOTP_REQUIRED_ROLES: " ADMIN, TCCB_MONITOR ", PASSWORD_SIGNIN: "off" });
    expect(env().oidc).toEqual({
      issuer: "https://sso.bhxh.gov.vn",
      clientId: "tn",
      clientSecret: "s",
      matchClaim: "email",
      matchField: "email",
      autoCreate: false,
      defaultUnitCode: undefined,
    });
    expect(env().totpRequiredRoles).toEqual(["ADMIN", "TCCB_MONITOR"]);
    expect(env().passwordSignIn).toBe(false);
  });

  it.each([
    [
      "an OIDC client without its secret",
      { OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: "tn" },
      /OIDC_CLIENT_SECRET/,
    ],
    ["single sign-on without NEXTAUTH_URL", { ...OIDC, NEXTAUTH_URL: "" }, /NEXTAUTH_URL/],
    ["auto-creation without a default unit", { ...OIDC, OIDC_AUTO_CREATE: "true" }, /OIDC_DEFAULT_UNIT_CODE/],
    ["password sign-in off without single sign-on", { PASSWORD_SIGNIN: "off" }, /PASSWORD_SIGNIN/],
    ["a role that does not exist", { TOTP_REQUIRED_ROLES: "ADMIN,TCCB" }, /TOTP_REQUIRED_ROLES/],
  ])("refuses %s", async (_case, vars, message) => {
    const env = await withDefaults(vars);
    expect(() => env()).toThrow(message);
  });
});
