import "server-only";
import type { z } from "zod";
import type { ZApiConsultation, ZApiExtensionRequest, ZApiStepState } from "@/lib/schemas/api/tasks";
import type { ZApiEscalation } from "@/lib/schemas/api/step-actions";
import type { Prisma } from "@/lib/server/db/prisma";
import { iso, isoOrNull } from "./iso";

type TStepRow = Prisma.TaskStepGetPayload<object>;
type TConsultationRow = Prisma.ConsultationGetPayload<object>;
type TExtensionRow = Prisma.ExtensionRequestGetPayload<object>;
type TEscalationRow = Prisma.EscalationGetPayload<object>;

export function serializeStepState(s: TStepRow): z.input<typeof ZApiStepState> {
  return {
    id: s.id,
    taskId: s.taskId,
    order: s.order,
    name: s.name,
    kind: s.kind,
    status: s.status,
    ownerId: s.ownerId,
    unitId: s.unitId,
    deadline: iso(s.deadline),
    originalDeadline: iso(s.originalDeadline),
    startedAt: isoOrNull(s.startedAt),
    completedAt: isoOrNull(s.completedAt),
    result: s.result,
    lastActivityAt: iso(s.lastActivityAt),
    version: s.version,
  };
}

export function serializeConsultation(c: TConsultationRow): z.input<typeof ZApiConsultation> {
  return {
    id: c.id,
    stepId: c.stepId,
    requesterId: c.requesterId,
    targetUnitId: c.targetUnitId,
    targetUserId: c.targetUserId,
    question: c.question,
    responseDeadline: iso(c.responseDeadline),
    answer: c.answer,
    position: c.position,
    answeredById: c.answeredById,
    answeredAt: isoOrNull(c.answeredAt),
    isVague: c.isVague,
    vagueReason: c.vagueReason,
    markedVagueAt: isoOrNull(c.markedVagueAt),
    createdAt: iso(c.createdAt),
  };
}

export function serializeExtensionRequest(r: TExtensionRow): z.input<typeof ZApiExtensionRequest> {
  return {
    id: r.id,
    stepId: r.stepId,
    requesterId: r.requesterId,
    reason: r.reason,
    previousDeadline: iso(r.previousDeadline),
    requestedDeadline: iso(r.requestedDeadline),
    status: r.status,
    decidedById: r.decidedById,
    decidedAt: isoOrNull(r.decidedAt),
    decisionNote: r.decisionNote,
    createdAt: iso(r.createdAt),
  };
}

export function serializeEscalation(e: TEscalationRow): z.input<typeof ZApiEscalation> {
  return {
    id: e.id,
    kind: e.kind,
    level: e.level,
    taskId: e.taskId,
    stepId: e.stepId,
    fromUnitId: e.fromUnitId,
    toUnitId: e.toUnitId,
    raisedById: e.raisedById,
    reason: e.reason,
    createdAt: iso(e.createdAt),
  };
}
