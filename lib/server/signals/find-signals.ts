import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TSignalKind } from "@/lib/domain/signals";
import { translatorFor } from "@/lib/i18n/translate";
import type { TSignalStatusFilter } from "@/lib/schemas/signal";
import { signalLoopOf } from "@/lib/schemas/signal-loop";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { canAnswerSignal, canReviewSignalAnswer } from "./signal-answer-rules";
import { localeOf, readingClockAt, signalExplanation } from "./signal-explanation";
import { signalScopeWhere } from "./signal-scope";

export const SIGNALS_PAGE_SIZE = 20;

export type TFindSignals = {
  /** This one signal (what a signal write answers with); still only if the actor may see it. */
  signalId?: string;
  unitId?: string;
  personId?: string;
  kind?: TSignalKind;
  /** open: waiting on the person or the head (not yet ruled); answered: an answer waits for a head; all. */
  status: TSignalStatusFilter;
  page: number;
  /** The page after this signal instead of page `page` (the API's keyset cursor). */
  after?: { since: Date; id: string };
};

const STATUS_WHERE: Record<TSignalStatusFilter, Prisma.SignalWhereInput> = {
  open: { answerStatus: { in: ["UNANSWERED", "ANSWERED"] } },
  answered: { answerStatus: "ANSWERED" },
  all: {},
};

/**
 * The signals the actor may see (signalScopeWhere), filtered and paged in SQL, newest first,
 * with what the screen needs: the subject, unit, task, kind label, evidence, the answers
 * (oldest first) and whether this actor may answer or rule on each. The kind and the
 * explanation are worded in the actor's language (their locale, else Vietnamese), its working
 * days counted to `now`.
 */
export async function findSignals(actor: TActor & { locale?: string }, f: TFindSignals, now: Date) {
  const locale = localeOf(actor);
  const t = translatorFor(locale);
  const where: Prisma.SignalWhereInput = {
    AND: [
      signalScopeWhere(actor),
      STATUS_WHERE[f.status],
      f.signalId ? { id: f.signalId } : {},
      f.unitId ? { unitId: f.unitId } : {},
      f.personId ? { subjectUserId: f.personId } : {},
      f.kind ? { kind: f.kind } : {},
    ],
  };
  const after = f.after;
  const page = Math.max(1, f.page);
  const [clock, total, rows] = await Promise.all([
    readingClockAt(now),
    db.signal.count({ where }),
    db.signal.findMany({
      where: after
        ? { AND: [where, { OR: [{ since: { lt: after.since } }, { since: after.since, id: { lt: after.id } }] }] }
        : where,
      orderBy: [{ since: "desc" }, { id: "desc" }],
      skip: after ? 0 : (page - 1) * SIGNALS_PAGE_SIZE,
      take: SIGNALS_PAGE_SIZE + 1,
      select: {
        id: true,
        key: true,
        kind: true,
        since: true,
        detectedAt: true,
        resolvedAt: true,
        explanation: true,
        explanationMessage: true,
        evidenceEventIds: true,
        metrics: true,
        answerStatus: true,
        countsAgainstPerson: true,
        stepId: true,
        loop: true,
        subjectUser: { select: { id: true, name: true } },
        unit: { select: { id: true, name: true, path: true } },
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
    }),
  ]);
  const items = rows.slice(0, SIGNALS_PAGE_SIZE).map(({ unit, subjectUser, loop, explanationMessage, ...s }) => {
    const forRules = { subjectUserId: subjectUser?.id ?? null, unitPath: unit.path, answerStatus: s.answerStatus };
    return {
      ...s,
      explanation: signalExplanation(
        { explanation: s.explanation, explanationMessage, resolvedAt: s.resolvedAt },
        locale,
        clock,
      ),
      kindLabel: t(`enums.signalKind.${s.kind}`),
      loop: signalLoopOf(loop),
      subject: subjectUser,
      unit: { id: unit.id, name: unit.name },
      canAnswer: canAnswerSignal(actor, forRules).ok,
      canReview: canReviewSignalAnswer(actor, forRules).ok,
    };
  });
  return {
    items,
    hasMore: rows.length > SIGNALS_PAGE_SIZE,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SIGNALS_PAGE_SIZE)),
  };
}

export type TSignalListItem = Awaited<ReturnType<typeof findSignals>>["items"][number];
