import { z } from "zod";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import { signalStatusFilters } from "@/lib/schemas/signal";
import { ZSignalLoop } from "@/lib/schemas/signal-loop";
import { ZApiId, ZCursorParam, ZInstant, ZPersonRef, ZUnitRef } from "./common";

export const ZApiSignal = z.object({
  id: ZApiId,
  key: z.string(),
  kind: z.enum(signalKinds),
  kindLabel: z.string(),
  since: ZInstant,
  detectedAt: ZInstant,
  /** Set when the condition no longer holds; the signal stays as evidence. */
  resolvedAt: ZInstant.nullable(),
  explanation: z.string(),
  answerStatus: z.enum(["UNANSWERED", "ANSWERED", "ACCEPTED", "REJECTED"]),
  countsAgainstPerson: z.boolean(),
  subject: ZPersonRef.nullable(),
  unit: ZUnitRef,
  task: z.object({ id: ZApiId, title: z.string() }),
  stepId: ZApiId.nullable(),
  /** PING_PONG: every person (with their unit) and unit the work went round among, and every handover event (id, seq, time). Null for other kinds. */
  loop: ZSignalLoop.nullable(),
  answers: z.array(
    z.object({
      id: ZApiId,
      explanation: z.string(),
      createdAt: ZInstant,
      authorName: z.string(),
      decision: z.enum(["ANSWERED", "ACCEPTED", "REJECTED"]),
      reviewedAt: ZInstant.nullable(),
      reviewerName: z.string().nullable(),
      reviewNote: z.string().nullable(),
    }),
  ),
  /** Whether the caller may answer (giải trình) or rule on the answer now. */
  canAnswer: z.boolean(),
  canReview: z.boolean(),
});

export const ZSignalListQuery = z.object({
  unit: ZApiId.optional().meta({ description: "openapi.schemas.signalUnit" }),
  person: ZApiId.optional().meta({ description: "openapi.schemas.signalPerson" }),
  kind: z.enum(signalKinds).optional(),
  status: z.enum(signalStatusFilters).default("open").meta({
    description: "openapi.schemas.signalStatus",
  }),
  cursor: ZCursorParam,
});
