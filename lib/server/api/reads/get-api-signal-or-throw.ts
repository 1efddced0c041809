import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { signalLoopOf } from "@/lib/schemas/signal-loop";
import { db } from "@/lib/server/db/prisma";
import { loadSignalInScope } from "@/lib/server/signals/load-signal-in-scope";

/**
 * One signal with its answers, if the actor may see it (loadSignalInScope: NOT_FOUND
 * otherwise), in the shape of the signals list: what a signal write returns as the new state.
 */
export async function getApiSignalOrThrow(actor: TActor, signalId: string) {
  const { unit } = await loadSignalInScope(db, actor, signalId);
  const signal = await db.signal.findUniqueOrThrow({
    where: { id: signalId },
    select: {
      id: true,
      key: true,
      kind: true,
      since: true,
      detectedAt: true,
      resolvedAt: true,
      explanation: true,
      explanationMessage: true,
      answerStatus: true,
      countsAgainstPerson: true,
      stepId: true,
      loop: true,
      subjectUser: { select: { id: true, name: true } },
      unit: { select: { id: true, name: true } },
      task: { select: { id: true, title: true } },
      answers: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          explanation: true,
          createdAt: true,
          decision: true,
          reviewedAt: true,
          reviewNote: true,
          author: { select: { name: true } },
          reviewedBy: { select: { name: true } },
        },
      },
    },
  });
  return { ...signal, loop: signalLoopOf(signal.loop), unitPath: unit.path };
}
