import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TDecisionEvidence } from "@/lib/schemas/decisions";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Every piece of evidence a decision cites must exist and concern its person: a signal about
 * them; an event they wrote, or one written on their behalf, or one on a step they own; an
 * evaluation of them. Otherwise a decision about one person could rest on another's record, so
 * the whole decision is refused, naming the list and the id at fault.
 */
export async function checkDecisionEvidence(tx: Prisma.TransactionClient, userId: string, evidence: TDecisionEvidence) {
  const [signals, events, evaluations] = await Promise.all([
    tx.signal.findMany({ where: { id: { in: evidence.signalIds } }, select: { id: true, subjectUserId: true } }),
    tx.event.findMany({
      where: { id: { in: evidence.eventIds } },
      select: { id: true, actorId: true, onBehalfOfId: true, step: { select: { ownerId: true } } },
    }),
    tx.evaluation.findMany({ where: { id: { in: evidence.evaluationIds } }, select: { id: true, userId: true } }),
  ]);
  const concerns = {
    signalIds: new Set(signals.filter((s) => s.subjectUserId === userId).map((s) => s.id)),
    eventIds: new Set(
      events
        .filter((e) => e.actorId === userId || e.onBehalfOfId === userId || e.step?.ownerId === userId)
        .map((e) => e.id),
    ),
    evaluationIds: new Set(evaluations.filter((e) => e.userId === userId).map((e) => e.id)),
  };
  for (const field of ["signalIds", "eventIds", "evaluationIds"] as const) {
    const stranger = evidence[field].find((id) => !concerns[field].has(id));
    if (stranger === undefined) continue;
    const message = msg(`errors.decisionEvidence.${field}`, { id: stranger });
    throw new DomainError("INVALID_INPUT", message, { [`evidence.${field}`]: [message] });
  }
}
