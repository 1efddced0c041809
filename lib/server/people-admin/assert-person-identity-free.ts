import "server-only";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Refuses an e-mail or employee code someone else already has, naming who, on its field. Two
 * admins saving the same code at the same instant meet the unique index instead
 * (isIdentityTaken), which the caller turns into the same kind of answer.
 */
export async function assertPersonIdentityFree(
  tx: Prisma.TransactionClient,
  identity: { email?: string; employeeCode?: string },
  exceptId?: string,
) {
  const holders = await tx.user.findMany({
    where: {
      OR: [
        ...(identity.email ? [{ email: identity.email }] : []),
        ...(identity.employeeCode ? [{ employeeCode: identity.employeeCode }] : []),
      ],
      NOT: exceptId ? { id: exceptId } : undefined,
    },
    select: { name: true, email: true, employeeCode: true },
  });
  const errors: Record<string, ReturnType<typeof msg>[]> = {};
  for (const h of holders) {
    if (identity.email && h.email === identity.email)
      errors.email = [msg("errors.personEmailTaken", { email: identity.email, name: h.name })];
    if (identity.employeeCode && h.employeeCode === identity.employeeCode)
      errors.employeeCode = [msg("errors.personCodeTaken", { code: identity.employeeCode, name: h.name })];
  }
  const first = Object.values(errors)[0]?.[0];
  if (first) throw new DomainError("CONFLICT", first, errors);
}

export function isIdentityTaken(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2002";
}

export function identityJustTaken(): DomainError {
  return new DomainError("CONFLICT", msg("errors.personIdentityJustTaken"));
}
