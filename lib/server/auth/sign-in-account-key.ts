import "server-only";
import { createHash } from "node:crypto";

/** The key sign-in failures are counted under: the SHA-256 of the e-mail as typed, normalised. */
export function signInAccountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase(), "utf8").digest("hex");
}
