import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import type { TConfirmTotp } from "@/lib/schemas/totp";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { openTotpSecret } from "./totp-secret-box";
import { verifyTotpCode } from "./verify-totp-code";

/**
 * Confirms the pending secret with a code from the authenticator app: from then on, signing in
 * asks for a code after the password. The code's step is remembered so it cannot be used again
 * to sign in. A wrong code changes nothing; the pending secret stays for another try.
 */
export async function confirmTotpEnrolment(actor: TActor, input: TConfirmTotp, now: Date): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpPendingSecret: true } });
  const secret = user.totpPendingSecret ? openTotpSecret(user.totpPendingSecret) : null;
  if (!secret) throw new DomainError("INVALID_STATE", msg("errors.totpNoPendingEnrolment"));
  const step = await verifyTotpCode(secret, input.code, null, now);
  if (step === null) {
    const wrong = msg("errors.totpCodeWrong");
    throw new DomainError("INVALID_INPUT", wrong, { code: [wrong] });
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count === 0) throw new DomainError("CONFLICT", msg("errors.totpNoPendingEnrolment"));
    await recordEvent(tx, { kind: "TOTP_ENROLLED", actorId: actor.id, at: now, payload: {} });
  });
}
