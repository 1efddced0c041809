import "server-only";
import type { z } from "zod";
import type { TActor } from "@/lib/domain/access/roles";
import type { TSignalKind } from "@/lib/domain/signals";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { ZApiSignal } from "@/lib/schemas/api/signals";
import type { TSignalListItem } from "@/lib/server/signals/find-signals";
import { canAnswerSignal, canReviewSignalAnswer } from "@/lib/server/signals/signal-answer-rules";
import { signalExplanation, type TReadingClock } from "@/lib/server/signals/signal-explanation";
import type { getApiSignalOrThrow } from "../reads/get-api-signal-or-throw";
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

/** One signal read after a write, with the same rules the list applies for canAnswer / canReview. */
export function serializeSignalRow(
  actor: TActor,
  row: Awaited<ReturnType<typeof getApiSignalOrThrow>>,
  locale: TLocale,
  clock: TReadingClock,
): z.input<typeof ZApiSignal> {
  const forRules = {
    subjectUserId: row.subjectUser?.id ?? null,
    unitPath: row.unitPath,
    answerStatus: row.answerStatus,
  };
  const { explanationMessage, ...rest } = row;
  return serializeSignal(
    {
      ...rest,
      // The list (findSignals) words it already; a row read after a write is worded here.
      explanation: signalExplanation(
        { explanation: row.explanation, explanationMessage, resolvedAt: row.resolvedAt },
        locale,
        clock,
      ),
      subject: row.subjectUser,
      canAnswer: canAnswerSignal(actor, forRules).ok,
      canReview: canReviewSignalAnswer(actor, forRules).ok,
    },
    locale,
  );
}
