import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// A second-factor secret must not be readable from the database alone (a backup, a leaked
// dump): it is sealed with AES-256-GCM under a key derived (HKDF-SHA256) from NEXTAUTH_SECRET,
// which lives only in the servers' environment. Changing NEXTAUTH_SECRET makes every enrolled
// person enrol again (an administrator's reset clears the factor).
const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().authSecret, "trach-nhiem", "totp-secret-v1", 32));
}

/** `v1.<iv>.<ciphertext>.<tag>`, base64url: a fresh 12-byte IV each time. */
export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or null when the box was sealed under another key or tampered with. */
export function openTotpSecret(box: string): string | null {
  const [version, iv, sealed, tag] = box.split(".");
  if (version !== VERSION || !iv || !sealed || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
