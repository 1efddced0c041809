/** A reset link works for this long after it was asked for. */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;

export type TPasswordResetTokenState = "valid" | "used" | "expired";

/** When a token asked for at `requestedAt` stops working. */
export function passwordResetExpiresAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + PASSWORD_RESET_TTL_MS);
}

/**
 * Whether a reset token may set a password at `now`: once only, and strictly before it expires
 * (at 30 minutes exactly it no longer works). The database applies the same rule when it
 * consumes the token (consumePasswordResetToken), in the statement that marks it used.
 */
export function passwordResetTokenState(
  token: { expiresAt: Date; usedAt: Date | null },
  now: Date,
): TPasswordResetTokenState {
  if (token.usedAt) return "used";
  return now.getTime() < token.expiresAt.getTime() ? "valid" : "expired";
}
