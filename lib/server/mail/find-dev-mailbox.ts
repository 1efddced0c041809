import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { isDevMailboxEnabled } from "./is-dev-mailbox-enabled";

/** The mailbox page shows this many of the latest messages. */
export const DEV_MAILBOX_SIZE = 50;

/**
 * The latest messages of the outbox, newest first, for the development mailbox page: what the
 * app would have e-mailed. Admins only, and only where isDevMailboxEnabled (NOT_FOUND elsewhere,
 * as if the page did not exist).
 */
export async function findDevMailbox(actor: Pick<TActor, "roles">, enabled = isDevMailboxEnabled()) {
  if (!enabled) throw new DomainError("NOT_FOUND", msg("errors.mailboxOff"));
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.mailboxAdminOnly"));
  return db.mailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DEV_MAILBOX_SIZE,
    select: {
      id: true,
      recipient: true,
      subject: true,
      text: true,
      link: true,
      kind: true,
      createdAt: true,
      sentAt: true,
      deliveredBy: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
    },
  });
}
