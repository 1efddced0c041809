import "server-only";
import { passwordPolicyProblems } from "@/lib/domain/auth/password-policy";
import { msg } from "@/lib/i18n/message";
import { DomainError } from "@/lib/server/errors/domain-error";

/** Refuses a new password that breaks the policy, naming each problem on the `password` field. */
export function assertPasswordPolicy(password: string, person: { email: string; name: string }): void {
  const problems = passwordPolicyProblems(password, person);
  if (problems.length > 0) throw new DomainError("INVALID_INPUT", msg("errors.passwordPolicy"), { password: problems });
}
