import { describe, expect, inject, it } from "vitest";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { apiDb } from "../../support/api/use-api-db";

const tokens = inject("apiTokens");
const as = (role: keyof typeof tokens) => apiAs({ token: tokens[role] });

// A demo person no other API test acts as or looks at.
const TARGET = "duyenvtm@demo.bhxh.vn";
const idOf = async (email: string) => (await apiDb.user.findUniqueOrThrow({ where: { email } })).id;

describe("POST /users/{id}/password-reset", () => {
  it("issues an administrator a temporary password once, and the person must change it", async () => {
    const id = await idOf(TARGET);
    const res = await as("admin").post(`/users/${id}/password-reset`);
    expectStatus(res, 200);
    expect(res.body.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const row = await apiDb.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ mustChangePassword: true });
    expect(row.sessionVersion).toBeGreaterThan(0);
    const event = await apiDb.event.findFirst({
      where: { kind: "PASSWORD_RESET_BY_ADMIN", payload: { equals: { userId: id } } },
    });
    expect(event?.actorId).toBe(await idOf(apiTestAccounts.admin));
  });

  it.each(["staff", "head", "provinceHead", "tccb", "inspector"] as const)(
    "is refused to %s, changing nothing",
    async (role) => {
      const id = await idOf(TARGET);
      const before = await apiDb.user.findUniqueOrThrow({ where: { id } });
      expectStatus(await as(role).post(`/users/${id}/password-reset`), 403);
      expect((await apiDb.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe(before.passwordHash);
    },
  );

  it("is 404 for an unknown person and 409 for the administrator's own account", async () => {
    expectStatus(await as("admin").post("/users/00000000-0000-4000-8000-000000000000/password-reset"), 404);
    expectStatus(await as("admin").post("/users/not-an-id/password-reset"), 404);
    expectStatus(await as("admin").post(`/users/${await idOf(apiTestAccounts.admin)}/password-reset`), 409);
  });
});
