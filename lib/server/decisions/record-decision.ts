import "server-only";
import { mayRecordDecision } from "@/lib/domain/decisions/may-record-decision";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import type { TRecordDecision } from "@/lib/schemas/decisions";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { dayOf } from "@/lib/server/inspections/day-of";
import { checkDecisionEvidence } from "./check-decision-evidence";

/**
 * Records a review or commendation decision about a person, with its
 * PERSONNEL_DECISION_RECORDED event, in one transaction. The person's unit is read here (the
 * decision keeps the unit they were in when it was recorded), the actor's right to decide about
 * them is checked against it (mayRecordDecision), then every piece of evidence. Any refusal
 * throws before anything is written.
 */
export async function recordDecision(actor: TActor, input: TRecordDecision, now: Date) {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, unit: { select: { id: true, path: true } } },
    });
    if (!person) {
      const message = msg("errors.decisionPersonNotFound");
      throw new DomainError("INVALID_INPUT", message, { userId: [message] });
    }
    if (!mayRecordDecision(actor, { id: person.id, unitPath: person.unit.path }))
      throw new DomainError("FORBIDDEN", msg("errors.decisionForbidden"));
    await checkDecisionEvidence(tx, person.id, input.evidence);
    const decision = await tx.personnelDecision.create({
      data: {
        kind: input.kind,
        userId: person.id,
        unitId: person.unit.id,
        periodKey: input.periodKey,
        form: input.form,
        documentNumber: input.documentNumber,
        documentDate: dayOf(input.documentDate),
        reason: input.reason,
        evidence: input.evidence,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "PERSONNEL_DECISION_RECORDED",
      actorId: actor.id,
      at: now,
      payload: {
        decisionId: decision.id,
        userId: person.id,
        kind: input.kind,
        documentNumber: input.documentNumber,
        periodKey: input.periodKey,
        evidence: input.evidence,
      },
    });
    return decision;
  });
}
