import { createHash, randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";

/**
 * A personal access token per client, written as /profile would write it (the same format as
 * lib/server/api-tokens/token-secret.ts: "tn_" + base64url of 32 random bytes; stored are the
 * first 9 characters and the SHA-256 of the whole token), valid for a day. Returns user → token.
 * `usedNow` marks them used a moment ago: the server then skips its once-a-minute lastUsedAt
 * write, so a captured request shows the steady state of a busy token.
 */
export async function createApiTokens(
  pool: pg.Pool,
  userIds: readonly string[],
  runLabel: string,
  usedNow = false,
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  const rows = userIds.map((userId) => {
    const token = `tn_${randomBytes(32).toString("base64url")}`;
    tokens.set(userId, token);
    return {
      id: randomUUID(),
      userId,
      hash: createHash("sha256").update(token, "utf8").digest("hex"),
      prefix: token.slice(0, 9),
    };
  });
  await pool.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, "createdAt", "expiresAt", "lastUsedAt")
     SELECT r.id, r."userId", $2, r.hash, r.prefix, now(), now() + interval '1 day', CASE WHEN $3 THEN now() END
       FROM json_to_recordset($1::json) AS r(id text, "userId" text, hash text, prefix text)`,
    [JSON.stringify(rows), `bench:writes ${runLabel}`, usedNow],
  );
  return tokens;
}

/** The run's tokens end with the run, as a careful user revokes a script's token. */
export async function revokeApiTokens(pool: pg.Pool, runLabel: string): Promise<void> {
  await pool.query(`UPDATE "ApiToken" SET "revokedAt" = now() WHERE name = $1 AND "revokedAt" IS NULL`, [
    `bench:writes ${runLabel}`,
  ]);
}
