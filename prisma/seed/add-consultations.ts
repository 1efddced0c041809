import type { TTaskContext } from "./task-context.ts";
import { lookup, newId } from "./demo-model.ts";

/**
 * Consultations (xin ý kiến) asked by the owner of a step, with the target's answer (on time
 * or late, judged against responseDeadline) and the requester's "vague" mark when given.
 */
export function addConsultations(ctx: TTaskContext, steps: ReadonlyArray<{ id: string; ownerId: string }>): void {
  const { clock, spec, emit, model } = ctx;
  for (const c of spec.consults ?? []) {
    const step = steps[c.step ?? spec.active];
    const id = newId();
    const askedAt = clock.at(clock.day(c.on), c.at);
    const responseDeadline = clock.endOf(clock.shift(clock.day(c.on), c.days));
    const targetUnitId = lookup(model.unitByCode, c.toUnit, "unit").id;
    const targetUserId = c.toUser ? ctx.person(c.toUser).id : null;
    const answeredAt = c.answer ? clock.at(clock.day(c.answer.on), c.answer.at) : null;
    const markedVagueAt = c.vague ? clock.at(clock.day(c.vague.on), c.vague.at) : null;
    if ((answeredAt && answeredAt <= askedAt) || (markedVagueAt && (!answeredAt || markedVagueAt <= answeredAt))) {
      throw new Error(`Demo task ${spec.key}: consultation events out of order`);
    }
    const answeredById = c.answer ? ctx.person(c.answer.by).id : null;
    model.consultations.push({
      id,
      stepId: step.id,
      requesterId: step.ownerId,
      targetUnitId,
      targetUserId,
      question: c.question,
      responseDeadline,
      answer: c.answer?.text ?? null,
      position: c.answer?.position ?? null,
      answeredById,
      answeredAt,
      isVague: !!c.vague,
      vagueReason: c.vague?.reason ?? null,
      markedVagueAt,
      createdAt: askedAt,
    });
    emit({
      at: askedAt,
      kind: "CONSULTATION_REQUESTED",
      actorId: step.ownerId,
      stepId: step.id,
      consultationId: id,
      payload: { targetUnitId, targetUserId, responseDeadline: responseDeadline.toISOString() },
    });
    if (c.answer && answeredAt) {
      emit({
        at: answeredAt,
        kind: "CONSULTATION_ANSWERED",
        actorId: answeredById,
        stepId: step.id,
        consultationId: id,
        payload: { position: c.answer.position, late: answeredAt > responseDeadline },
      });
    }
    if (c.vague && markedVagueAt) {
      emit({
        at: markedVagueAt,
        kind: "CONSULTATION_MARKED_VAGUE",
        actorId: step.ownerId,
        stepId: step.id,
        consultationId: id,
        reason: c.vague.reason,
        payload: { answeredById },
      });
    }
  }
}
