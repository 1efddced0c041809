import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { DomainError } from "@/lib/server/errors/domain-error";
import { findSignals, type TSignalListItem } from "./find-signals";

/**
 * One signal as the signals list shows it (findSignals, worded for the actor), if the actor may
 * see it there; NOT_FOUND otherwise. What the API answers after the person answers a signal or
 * a head rules on the answer: both writes are allowed only to someone the list shows it to.
 */
export async function getSignalOrThrow(
  actor: TActor & { locale?: string },
  signalId: string,
  now: Date,
): Promise<TSignalListItem> {
  const { items } = await findSignals(actor, { signalId, status: "all", page: 1 }, now);
  const signal = items[0];
  if (!signal) throw new DomainError("NOT_FOUND", msg("domain.signalAnswers.notFound"));
  return signal;
}
