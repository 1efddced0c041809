import "server-only";
import { findDeputyGrants } from "@/lib/server/delegations/find-deputy-grants";
import { toCurrentActor, type TCurrentActor } from "@/lib/server/auth/to-current-actor";
import { db } from "@/lib/server/db/prisma";
import { API_TOKEN_PREFIX, hashApiToken } from "./token-secret";

/** lastUsedAt is a hint for the owner, not an audit trail: write it at most once a minute. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type TTokenInfo = { id: string; name: string; prefix: string; expiresAt: Date };

/**
 * One statement for every API request: the token with its owner and the owner's unit, and,
 * at most once a minute, its lastUsedAt (a writable CTE, so no second round trip). Validity
 * is decided in SQL against the request's `now`.
 */
const AUTHENTICATE_SQL = `
WITH tok AS (
  SELECT t."id", t."name", t."prefix", (extract(epoch FROM t."expiresAt") * 1000)::float8 AS "expiresAtMs",
         (t."revokedAt" IS NULL AND t."expiresAt" > $2::timestamp(3) AND u."isActive"
           AND NOT u."mustChangePassword") AS "isValid",
         (t."lastUsedAt" IS NULL OR t."lastUsedAt" <= $3::timestamp(3)) AS "isStale",
         u."id" AS "userId", u."name" AS "userName", u."email", u."title", u."position"::text AS "position",
         u."roles"::text[] AS "roles", u."unitId", un."name" AS "unitName", un."path" AS "unitPath", u."locale"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" JOIN "Unit" un ON un."id" = u."unitId"
   WHERE t."tokenHash" = $1
), touched AS (
  UPDATE "ApiToken" SET "lastUsedAt" = $2::timestamp(3) WHERE "id" = (SELECT "id" FROM tok WHERE "isValid" AND "isStale") RETURNING 1
)
SELECT tok.*, (SELECT count(*) FROM touched)::int AS "touched" FROM tok`;

type TRow = {
  id: string;
  name: string;
  prefix: string;
  expiresAtMs: number;
  isValid: boolean;
  userId: string;
  userName: string;
  email: string;
  title: string | null;
  position: string;
  roles: string[];
  unitId: string;
  unitName: string;
  unitPath: string;
  locale: string;
};

/**
 * The actor a bearer token stands for, built exactly like getCurrentActor builds it from a
 * session: unit and roles fresh from the database on every request, so a moved person or a
 * withdrawn role takes effect at once. Null for an unknown, revoked or expired token and for
 * an inactive owner, or one whose password an administrator reset (the account may be in other
 * hands until its owner chooses a new one); the caller answers 401 without saying which.
 */
export async function authenticateApiToken(
  token: string,
  now: Date,
): Promise<{ actor: TCurrentActor; token: TTokenInfo } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  const [row] = await db.$queryRawUnsafe<TRow[]>(AUTHENTICATE_SQL, hashApiToken(token), now, staleBefore);
  if (!row || !row.isValid) return null;
  const deputyFor = await findDeputyGrants(row.userId, now);
  return {
    actor: {
      ...toCurrentActor({
        id: row.userId,
        name: row.userName,
        email: row.email,
        title: row.title,
        position: row.position,
        roles: row.roles,
        unitId: row.unitId,
        unit: { name: row.unitName, path: row.unitPath },
        locale: row.locale,
      }),
      deputyFor,
    },
    token: { id: row.id, name: row.name, prefix: row.prefix, expiresAt: new Date(Number(row.expiresAtMs)) },
  };
}
