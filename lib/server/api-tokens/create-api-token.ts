import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { addCalendarDays, endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import { API_TOKEN_MAX_DAYS, type TCreateApiToken } from "@/lib/schemas/api/api-token";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { generateApiTokenSecret } from "./token-secret";

/** Tokens a person may hold at once that are neither revoked nor expired. */
export const MAX_ACTIVE_TOKENS = 20;

const invalid = (message: TMessage) => new DomainError("INVALID_INPUT", message, { expiresOn: [message] });

/**
 * Creates a personal access token for the actor. The token acts with exactly its owner's
 * permissions (read fresh on every request), so nobody creates a token for someone else. It
 * works until the end of `expiresOn` in Asia/Ho_Chi_Minh, at most a year away. The token is
 * returned once, here; only its SHA-256 hash is stored. The creation goes into the audit
 * trail (API_TOKEN_CREATED, with the token's id, name, prefix and expiry) in the same
 * transaction.
 */
export async function createApiToken(actor: TActor, input: TCreateApiToken, now: Date) {
  const today = localDateOf(now);
  if (input.expiresOn <= today) throw invalid(msg("errors.apiTokenExpiryNotAfterToday"));
  const lastDay = addCalendarDays(today, API_TOKEN_MAX_DAYS);
  if (input.expiresOn > lastDay)
    throw invalid(msg("errors.apiTokenExpiryTooFar", { lastDay: formatLocalDate(lastDay) }));
  const secret = generateApiTokenSecret();
  const row = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new DomainError("INVALID_STATE", msg("errors.apiTokenTooMany", { max: MAX_ACTIVE_TOKENS }));
    }
    const created = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        tokenHash: secret.hash,
        prefix: secret.prefix,
        createdAt: now,
        expiresAt: endOfLocalDay(input.expiresOn),
      },
      select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
    });
    await recordEvent(tx, {
      kind: "API_TOKEN_CREATED",
      actorId: actor.id,
      at: now,
      payload: {
        tokenId: created.id,
        name: created.name,
        prefix: created.prefix,
        expiresAt: created.expiresAt.toISOString(),
      },
    });
    return created;
  });
  return { ...row, token: secret.token };
}
