/** What a signed-in person must do before anything else: choose a password, or enrol a second factor. */
export type TPendingSignInStep = "change-password" | "enrol-totp";

/**
 * The step that stands between a signed-in person and the app, null when none does. A password
 * set by an administrator comes first: it is known to someone else. Then the second factor,
 * when one of the person's roles requires it (TOTP_REQUIRED_ROLES) and they have not enrolled.
 */
export function pendingSignInStep(
  person: { mustChangePassword: boolean; roles: readonly string[]; hasTotp: boolean },
  totpRequiredRoles: readonly string[],
): TPendingSignInStep | null {
  if (person.mustChangePassword) return "change-password";
  if (!person.hasTotp && person.roles.some((r) => totpRequiredRoles.includes(r))) return "enrol-totp";
  return null;
}
