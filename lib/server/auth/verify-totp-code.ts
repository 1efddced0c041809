import "server-only";
import { verify } from "otplib";

/** Codes from one 30-second step before or after are accepted: phone clocks drift. */
const TOLERANCE_SECONDS = 30;

/**
 * Checks a 6-digit TOTP code against `secret` at `now`. A code is good once: a step at or before
 * `lastStep` (the last one accepted) is refused, so a code seen over a shoulder cannot be
 * replayed. Returns the step to remember, or null.
 */
export async function verifyTotpCode(
  secret: string,
  code: string,
  lastStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  // verify's result type covers HOTP too; a TOTP match always carries its time step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
