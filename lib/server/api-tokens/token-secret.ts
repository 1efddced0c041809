import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** Recognisable in logs and secret scanners, like GitHub's "ghp_". */
export const API_TOKEN_PREFIX = "tn_";
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

/** A new token: 32 random bytes, base64url. Only its hash is ever stored. */
export function generateApiTokenSecret(): { token: string; prefix: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, SHOWN_PREFIX_LENGTH), hash: hashApiToken(token) };
}

/**
 * SHA-256 is enough here (no slow hash as for passwords): the token has 256 bits of entropy,
 * so it cannot be guessed from its hash, and lookup by hash must be fast on every request.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
