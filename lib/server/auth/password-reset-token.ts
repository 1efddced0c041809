import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * The database keeps only the SHA-256 of a reset token: whoever reads the table (a backup, a
 * log of queries) cannot use a link from it. The token is 32 random bytes, so a plain fast hash
 * is enough: there is nothing to guess from it.
 */
export function hashPasswordResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token for a link (43 base64url characters), and the hash to store. */
export function newPasswordResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPasswordResetToken(token) };
}
