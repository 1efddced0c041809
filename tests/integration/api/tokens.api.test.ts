import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addCalendarDays, localDateOf } from "../../../lib/domain/calendar";
import type { TRole } from "../../../lib/domain/access/roles";
import { createApiToken } from "../../../lib/server/api-tokens/create-api-token";
import { findApiTokens } from "../../../lib/server/api-tokens/find-api-tokens";
import { revokeApiToken } from "../../../lib/server/api-tokens/revoke-api-token";
import { apiAs, expectStatus } from "../../support/api/api-client";
import { apiTestAccounts } from "../../support/api/api-roles";
import { apiDb } from "../../support/api/use-api-db";

async function actor(email: string) {
  const u = await apiDb.user.findUniqueOrThrow({ where: { email }, include: { unit: true } });
  return { id: u.id, unitId: u.unitId, unitPath: u.unit.path, roles: u.roles as TRole[] };
}
const today = () => localDateOf(new Date());

describe("personal access tokens", () => {
  it("stores only the hash, works over HTTP as its owner, records its last use, and stops when revoked", async () => {
    const owner = await actor(apiTestAccounts.head);
    const created = await createApiToken(
      owner,
      { name: "E-office Đống Đa", expiresOn: addCalendarDays(today(), 365) },
      new Date(),
    );
    expect(created.token).toMatch(/^tn_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await apiDb.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const api = apiAs({ token: created.token });
    const me = await api.get("/me");
    expectStatus(me, 200);
    expect(me.body.token).toMatchObject({ id: created.id, name: "E-office Đống Đa", prefix: created.prefix });
    expect((await apiDb.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(owner, { tokenId: created.id }, new Date());
    expectStatus(await api.get("/me"), 401);
    const listed = (await findApiTokens(owner, new Date())).find((t) => t.id === created.id);
    expect(listed).toMatchObject({ isActive: false });
    expect(listed?.revokedAt).not.toBeNull();
  });

  it.each([
    ["today", 0],
    ["in the past", -3],
    ["more than a year away", 366],
  ])("refuses an expiry %s, on the expiresOn field", async (_why, days) => {
    const owner = await actor(apiTestAccounts.staff);
    await expect(
      createApiToken(owner, { name: "Quá hạn", expiresOn: addCalendarDays(today(), days) }, new Date()),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { expiresOn: expect.any(Array) },
    });
  });

  it("lets nobody revoke or list someone else's token", async () => {
    const owner = await actor(apiTestAccounts.staff);
    const created = await createApiToken(
      owner,
      { name: "Của tôi", expiresOn: addCalendarDays(today(), 10) },
      new Date(),
    );
    const other = await actor(apiTestAccounts.admin);
    await expect(revokeApiToken(other, { tokenId: created.id }, new Date())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await findApiTokens(other, new Date())).map((t) => t.id)).not.toContain(created.id);
    expectStatus(await apiAs({ token: created.token }).get("/me"), 200);
  });
});
