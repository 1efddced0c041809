import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createUnit } from "../../factories/create-unit";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const NOW = new Date("2031-10-11T02:00:00Z");

/** matchOidcPerson as a process configured with `vars` (on top of a working OIDC client) reads it. */
async function matcherWith(vars: Record<string, string> = {}) {
  vi.stubEnv("OIDC_ISSUER", "https://sso.bhxh.gov.vn/realms/bhxh");
  vi.stubEnv("OIDC_CLIENT_ID", "trach-nhiem");
  vi.stubEnv("OIDC_CLIENT_SECRET", "bi-mat");
  vi.stubEnv("NEXTAUTH_URL", "https://trachnhiem.bhxh.gov.vn");
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("../../../lib/server/auth/match-oidc-person")).matchOidcPerson;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

let unit: { id: string; path: string; code: string };
beforeAll(async () => {
  unit = await createUnit(testDb.prisma);
});

const refusals = (value: string) =>
  testDb.prisma.event.findMany({ where: { kind: "SSO_SIGN_IN_REFUSED", payload: { path: ["value"], equals: value } } });

describe("matchOidcPerson", { timeout: 60_000 }, () => {
  it("finds the active user with the claimed e-mail, whatever its case", async () => {
    const u = await createUser(testDb.prisma, unit);
    const match = await matcherWith();
    expect(await match({ sub: "x", email: u.email.toUpperCase() }, NOW)).toEqual({
      ok: true,
      user: { id: u.id, sessionVersion: 0, isActive: true },
    });
  });

  it("matches on the employee code from the configured claim", async () => {
    const u = await createUser(testDb.prisma, unit);
    const code = unique("CB-");
    await testDb.prisma.user.update({ where: { id: u.id }, data: { employeeCode: code } });
    const match = await matcherWith({ OIDC_MATCH_CLAIM: "employee_code", OIDC_MATCH_FIELD: "employeeCode" });
    expect(await match({ sub: "x", email: "khac@x.vn", employee_code: code }, NOW)).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
  });

  it("refuses an unknown person and an inactive one without creating anyone, and audits each refusal", async () => {
    const email = `${unique("la-")}@ngoai.gov.vn`;
    const inactive = await createUser(testDb.prisma, unit, { isActive: false });
    const match = await matcherWith();
    expect(await match({ sub: "x", email }, NOW)).toEqual({ ok: false, reason: "unknown", value: email });
    expect(await match({ sub: "y", email: inactive.email }, NOW)).toMatchObject({ ok: false, reason: "inactive" });
    expect(await match({ sub: "z" }, NOW)).toMatchObject({ ok: false, reason: "no-claim" });
    expect(await testDb.prisma.user.count({ where: { email } })).toBe(0);
    const [event] = await refusals(email);
    expect(event).toMatchObject({
      actorId: null,
      at: NOW,
      payload: { matchField: "email", value: email, reason: "unknown" },
    });
  });

  it("creates staff of the default unit when configured to, and only then", async () => {
    const email = `${unique("moi-")}@bhxh.gov.vn`;
    const match = await matcherWith({ OIDC_AUTO_CREATE: "true", OIDC_DEFAULT_UNIT_CODE: unit.code });
    const result = await match({ sub: "x", email, name: "Người Mới" }, NOW);
    expect(result.ok).toBe(true);
    const created = await testDb.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ name: "Người Mới", unitId: unit.id, roles: ["STAFF"], isActive: true });
  });
});
