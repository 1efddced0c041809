import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "../../lib/server/api-tokens/authenticate-api-token";
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "../../lib/server/api-tokens/revoke-api-token";
import { createUnitTree } from "../factories/create-unit-tree";
import { createUser } from "../factories/create-user";
import { testDb } from "../support/use-test-db";

// Wednesday 18/11/2026, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");
const plus = (ms: number) => new Date(now.getTime() + ms);

describe("authenticateApiToken (one statement per request)", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });
  const lastUsedAt = async (id: string) =>
    (await testDb.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;

  it("gives the owner's actor, fresh with unit and roles, and the token's own facts", async () => {
    const owner = await createUser(testDb.prisma, tree.units.dongDa);
    const created = await createApiToken(owner.actor, { name: "Kết nối", expiresOn: "2026-12-31" }, now);
    const found = await authenticateApiToken(created.token, now);
    expect(found?.actor).toMatchObject({
      id: owner.id,
      unitId: tree.units.dongDa.id,
      unitPath: tree.units.dongDa.path,
      roles: owner.actor.roles,
    });
    expect(found?.token).toEqual({
      id: created.id,
      name: "Kết nối",
      prefix: created.prefix,
      expiresAt: created.expiresAt,
    });
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const owner = await createUser(testDb.prisma, tree.units.dongDa);
    const created = await createApiToken(owner.actor, { name: "Kết nối", expiresOn: "2026-12-31" }, now);
    await authenticateApiToken(created.token, now);
    expect(await lastUsedAt(created.id)).toEqual(now);
    await authenticateApiToken(created.token, plus(59_000));
    expect(await lastUsedAt(created.id)).toEqual(now);
    await authenticateApiToken(created.token, plus(60_000));
    expect(await lastUsedAt(created.id)).toEqual(plus(60_000));
  });

  it("refuses an unknown, expired or revoked token, an inactive owner and one who must change their password", async () => {
    const owner = await createUser(testDb.prisma, tree.units.dongDa);
    const created = await createApiToken(owner.actor, { name: "Kết nối", expiresOn: "2026-12-31" }, now);
    expect(await authenticateApiToken(`${created.token}x`, now)).toBeNull();
    expect(await authenticateApiToken(created.token, created.expiresAt)).toBeNull();
    expect(await lastUsedAt(created.id)).toBeNull();
    await testDb.prisma.user.update({ where: { id: owner.id }, data: { isActive: false } });
    expect(await authenticateApiToken(created.token, now)).toBeNull();
    await testDb.prisma.user.update({ where: { id: owner.id }, data: { isActive: true, mustChangePassword: true } });
    expect(await authenticateApiToken(created.token, now)).toBeNull();
    await testDb.prisma.user.update({ where: { id: owner.id }, data: { mustChangePassword: false } });
    await revokeApiToken(owner.actor, { tokenId: created.id }, now);
    expect(await authenticateApiToken(created.token, plus(1000))).toBeNull();
    expect(await lastUsedAt(created.id)).toBeNull();
  });
});
