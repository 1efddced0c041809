import "server-only";
import { generateSecret, generateURI } from "otplib";
import QRCode from "qrcode";
import type { TActor } from "@/lib/domain/access/roles";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import { db } from "@/lib/server/db/prisma";
import { sealTotpSecret } from "./totp-secret-box";

/**
 * Begins enrolling the actor's TOTP second factor: a fresh secret (160 bits) kept sealed as
 * pending until a code from it confirms it (confirmTotpEnrolment), and what the person needs to
 * add it to an authenticator app: the otpauth:// address as a QR code (an SVG drawn here, no
 * outside service sees the secret) and the secret as text for typing in. Starting again
 * replaces a pending secret; an enrolled factor stays as it is until the new one is confirmed.
 */
export async function startTotpEnrolment(actor: TActor & { email: string }): Promise<{
  secret: string;
  qrSvg: string;
}> {
  const secret = generateSecret();
  await db.user.update({ where: { id: actor.id }, data: { totpPendingSecret: sealTotpSecret(secret) } });
  // The name the authenticator app lists the account under: the product's, as people know it.
  const uri = generateURI({ issuer: translate(DEFAULT_LOCALE, msg("common.appName")), label: actor.email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, qrSvg };
}
