import type { PrismaClient } from "../../../lib/server/db/generated/client";
import type { TRole } from "../../../lib/domain/access/roles";
import { createApiToken } from "../../../lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "../../../lib/server/api-tokens/revoke-api-token";
import { generateApiTokenSecret } from "../../../lib/server/api-tokens/token-secret";
import { addCalendarDays, localDateOf } from "../../../lib/domain/calendar";
import { db } from "../../../lib/server/db/prisma";
import type { TRefusedTokens } from "./api-roles";

/** The actor of a demo account, as the token server function takes it. */
async function actorOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { unit: { select: { path: true } } } });
  return { id: user.id, unitId: user.unitId, unitPath: user.unit.path, roles: user.roles as TRole[] };
}

/** A token for `email`, made exactly as the profile page makes one (valid for 30 days). */
export async function mintToken(email: string, name: string, now: Date = new Date()): Promise<string> {
  const created = await createApiToken(
    await actorOf(email),
    { name, expiresOn: addCalendarDays(localDateOf(now), 30) },
    now,
  );
  return created.token;
}

/** Tokens the API must refuse with 401: revoked, expired, and one whose owner has been deactivated. */
export async function mintRefusedTokens(prisma: PrismaClient, now: Date): Promise<TRefusedTokens> {
  const revokedOwner = await actorOf("hieutv@demo.bhxh.vn");
  const revoked = await createApiToken(
    revokedOwner,
    { name: "Revoked", expiresOn: addCalendarDays(localDateOf(now), 30) },
    now,
  );
  await revokeApiToken(revokedOwner, { tokenId: revoked.id }, now);

  const staff = await prisma.user.findUniqueOrThrow({ where: { email: "nv.dongda@demo.bhxh.vn" } });
  // Written directly: the server function refuses an expiry in the past, as it should.
  const expired = generateApiTokenSecret();
  await prisma.apiToken.create({
    data: {
      userId: staff.id,
      name: "Expired",
      tokenHash: expired.hash,
      prefix: expired.prefix,
      createdAt: new Date(now.getTime() - 2 * 86_400_000),
      expiresAt: new Date(now.getTime() - 60_000),
    },
  });

  const leaver = await prisma.user.create({
    data: {
      email: `leaver-${now.getTime()}@demo.bhxh.vn`,
      name: "Người đã nghỉ",
      passwordHash: staff.passwordHash,
      unitId: staff.unitId,
      roles: ["STAFF"],
    },
  });
  const inactiveUser = await mintToken(leaver.email, "Leaver", now);
  await prisma.user.update({ where: { id: leaver.id }, data: { isActive: false } });
  return { revoked: revoked.token, expired: expired.token, inactiveUser };
}
