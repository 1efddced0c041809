import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { notificationKinds, type TNotificationKind } from "@/lib/domain/notifications/notification-kind";

/**
 * The key of unsubscribe links, derived from the app's secret (NEXTAUTH_SECRET) for this one
 * purpose with HKDF: a MAC made for a link can never pass for a session or anything else
 * signed with the same secret, and the secret itself never appears in a link.
 */
const PURPOSE = "trach-nhiem/unsubscribe-link/v1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function macOf(secret: string, userId: string, kind: string): Buffer {
  const key = Buffer.from(hkdfSync("sha256", secret, "", PURPOSE, 32));
  return createHmac("sha256", key).update(`${userId}\n${kind}`, "utf8").digest();
}

/**
 * The token of a one-click "stop e-mails of this kind" link: whose and which kind, in clear
 * (neither is secret), and an HMAC over both. It does not expire: a link in an old e-mail
 * should still work, and all it can do is turn one kind of e-mail down for one person.
 */
export function signUnsubscribeToken(secret: string, userId: string, kind: TNotificationKind): string {
  return `${userId}.${kind}.${macOf(secret, userId, kind).toString("base64url")}`;
}

/** The person and kind of a token made by signUnsubscribeToken with `secret`; null if forged or altered. */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: TNotificationKind } | null {
  const [userId, kind, mac, ...rest] = token.split(".");
  if (rest.length > 0 || !userId || !kind || !mac || !UUID.test(userId)) return null;
  if (!(notificationKinds as readonly string[]).includes(kind)) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = macOf(secret, userId, kind);
  if (given.length !== expected.length || given.toString("base64url") !== mac) return null;
  return timingSafeEqual(given, expected) ? { userId, kind: kind as TNotificationKind } : null;
}
