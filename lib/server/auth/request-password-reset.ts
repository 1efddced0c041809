import "server-only";
import { passwordResetExpiresAt } from "@/lib/domain/auth/password-reset-token-state";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { env } from "@/lib/env";
import type { TRequestPasswordReset } from "@/lib/schemas/password-reset";
import { ApiError } from "@/lib/server/api/api-error";
import { consumeRateLimit } from "@/lib/server/api/rate-limit";
import { db } from "@/lib/server/db/prisma";
import { composeMail } from "@/lib/server/mail/compose-mail";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { newPasswordResetToken } from "./password-reset-token";

/** Requests per address and minute (counted whether or not the address has an account). */
export const PASSWORD_RESET_REQUESTS_PER_MINUTE = 3;
/** Links sent to one account per hour, so the form cannot be used to flood someone's mailbox. */
export const PASSWORD_RESET_MAILS_PER_HOUR = 5;

/**
 * Asks for a reset link for `input.email`. It returns nothing either way, so the caller answers
 * the same whether or not an active account has that address, and over the limits too. For an
 * active account it stores a token's hash (valid 30 minutes) and queues the message with the
 * link (the public address, NEXTAUTH_URL, never the request's Host, which a caller could forge)
 * in one transaction; the request never waits for SMTP.
 */
export async function requestPasswordReset(input: TRequestPasswordReset, now: Date): Promise<void> {
  const email = input.email.toLowerCase();
  if (!(await withinRateLimit(`password-reset:${email}`, now))) return;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, isActive: true, locale: true },
    });
    if (!user || !user.isActive) return;
    const recent = await tx.passwordResetToken.count({
      where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 60 * 60_000) } },
    });
    if (recent >= PASSWORD_RESET_MAILS_PER_HOUR) return;
    const { token, tokenHash } = newPasswordResetToken();
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, createdAt: now, expiresAt: passwordResetExpiresAt(now) },
    });
    const href = `${env().mail.baseUrl}/reset-password?token=${token}`;
    const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
    const mail = composeMail(locale, {
      kind: "password-reset",
      recipient: user.email,
      subject: msg("mail.passwordReset.subject"),
      before: [
        msg("mail.passwordReset.greeting", { name: user.name }),
        msg("mail.passwordReset.body", { email: user.email }),
      ],
      action: { label: msg("mail.passwordReset.action"), href },
      after: [msg("mail.passwordReset.ignore")],
    });
    await enqueueMail(tx, mail, now);
  });
}

async function withinRateLimit(key: string, now: Date): Promise<boolean> {
  try {
    await consumeRateLimit(key, now, PASSWORD_RESET_REQUESTS_PER_MINUTE);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) return false;
    throw error;
  }
}
