import "server-only";
import type { z } from "zod";
import type { TSignalKind } from "@/lib/domain/signals";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { ZApiSignal } from "@/lib/schemas/api/signals";
import type { TSignalListItem } from "@/lib/server/signals/find-signals";
import { iso, isoOrNull } from "./iso";

type TSignalItem = Pick<
  TSignalListItem,
  | "id"
  | "key"
  | "kind"
  | "since"
  | "detectedAt"
  | "resolvedAt"
  | "explanation"
  | "answerStatus"
  | "countsAgainstPerson"
  | "stepId"
  | "loop"
  | "subject"
  | "unit"
  | "task"
  | "answers"
  | "canAnswer"
  | "canReview"
>;

/** A signal as the signals list (findSignals) describes it, its kind's label in `locale` (the caller's). */
export function serializeSignal(s: TSignalItem, locale: TLocale): z.input<typeof ZApiSignal> {
  return {
    id: s.id,
    key: s.key,
    kind: s.kind,
    kindLabel: translatorFor(locale)(`enums.signalKind.${s.kind as TSignalKind}`),
    since: iso(s.since),
    detectedAt: iso(s.detectedAt),
    resolvedAt: isoOrNull(s.resolvedAt),
    explanation: s.explanation,
    answerStatus: s.answerStatus,
    countsAgainstPerson: s.countsAgainstPerson,
    subject: s.subject ? { id: s.subject.id, name: s.subject.name } : null,
    unit: { id: s.unit.id, name: s.unit.name },
    task: { id: s.task.id, title: s.task.title },
    stepId: s.stepId,
    loop: s.loop,
    answers: s.answers.map((a) => ({
      id: a.id,
      explanation: a.explanation,
      createdAt: iso(a.createdAt),
      authorName: a.author.name,
      decision: a.decision as "ANSWERED" | "ACCEPTED" | "REJECTED",
      reviewedAt: isoOrNull(a.reviewedAt),
      reviewerName: a.reviewedBy?.name ?? null,
      reviewNote: a.reviewNote,
    })),
    canAnswer: s.canAnswer,
    canReview: s.canReview,
  };
}
