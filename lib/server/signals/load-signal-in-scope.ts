import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { signalScopeWhere } from "./signal-scope";

/**
 * Inside the write's transaction: the signal, if the actor may see it (it is about them or
 * their unit tree, or its task is in their scope). Out of scope is NOT_FOUND, exactly like a
 * missing id, so ids cannot be probed.
 */
export async function loadSignalInScope(tx: Prisma.TransactionClient, actor: TActor, signalId: string) {
  // Not `OR: [{}, …]` for sector-wide roles: Prisma reads an empty filter inside OR as "no match".
  const visible: Prisma.SignalWhereInput = hasSectorWideView(actor)
    ? {}
    : { OR: [signalScopeWhere(actor), { task: taskScopeWhere(actor) }] };
  const signal = await tx.signal.findFirst({
    where: { id: signalId, ...visible },
    include: { unit: { select: { path: true } } },
  });
  if (!signal) throw new DomainError("NOT_FOUND", msg("domain.signalAnswers.notFound"));
  return signal;
}
