import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "../../lib/server/api-tokens/revoke-api-token";
import { createUnitTree } from "../factories/create-unit-tree";
import { createUser } from "../factories/create-user";
import { testDb } from "../support/use-test-db";

// Wednesday 18/11/2026, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-19T03:00:00Z");

describe("personal access tokens in the audit trail", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
  });

  const eventsOf = (actorId: string) =>
    testDb.prisma.event.findMany({
      where: { actorId, kind: { in: ["API_TOKEN_CREATED", "API_TOKEN_REVOKED"] } },
      orderBy: { seq: "asc" },
    });

  it("records who created a token and who revoked it, once, without the secret", async () => {
    const owner = await createUser(testDb.prisma, tree.units.dongDa);
    const created = await createApiToken(owner.actor, { name: "Kết nối e-office", expiresOn: "2026-12-31" }, now);
    await revokeApiToken(owner.actor, { tokenId: created.id }, later);
    await revokeApiToken(owner.actor, { tokenId: created.id }, new Date(later.getTime() + 60_000));

    const events = await eventsOf(owner.id);
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ["API_TOKEN_CREATED", now],
      ["API_TOKEN_REVOKED", later],
    ]);
    expect(events[0].payload).toEqual({
      tokenId: created.id,
      name: "Kết nối e-office",
      prefix: created.prefix,
      expiresAt: created.expiresAt.toISOString(),
    });
    expect(events[1].payload).toEqual({ tokenId: created.id, name: "Kết nối e-office", prefix: created.prefix });
    const stored = await testDb.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    for (const e of events) {
      const text = JSON.stringify(e.payload);
      expect(text).not.toContain(created.token);
      expect(text).not.toContain(stored.tokenHash);
    }
  });

  it("records nothing when the token is someone else's or the request is refused", async () => {
    const owner = await createUser(testDb.prisma, tree.units.dongDa);
    const other = await createUser(testDb.prisma, tree.units.dongDa);
    const created = await createApiToken(owner.actor, { name: "Của người khác", expiresOn: "2026-12-31" }, now);
    await expect(revokeApiToken(other.actor, { tokenId: created.id }, later)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createApiToken(other.actor, { name: "Quá hạn", expiresOn: "2026-11-18" }, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await eventsOf(other.id)).toEqual([]);
    expect((await eventsOf(owner.id)).map((e) => e.kind)).toEqual(["API_TOKEN_CREATED"]);
    expect((await testDb.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).toBeNull();
  });
});
