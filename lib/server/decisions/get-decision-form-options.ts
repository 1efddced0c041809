import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf, startOfLocalDay, endOfLocalDay } from "@/lib/domain/calendar";
import { mayRecordDecision } from "@/lib/domain/decisions/may-record-decision";
import { periodFromKey } from "@/lib/domain/recurrence";
import { msg } from "@/lib/i18n/message";
import { MAX_EVIDENCE, type TDecisionKind } from "@/lib/schemas/decisions";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * What the "Ghi quyết định" form offers for one person: who they are, the signals about them
 * (in the period when one is given, else the latest) and their evaluations, each a piece of
 * evidence to tick. A review starts with the signals that count against them ticked (those a
 * candidate was proposed on); a commendation with the period's evaluation. Refused (NOT_FOUND,
 * as for a person who does not exist) when the actor may not record about the person.
 */
export async function getDecisionFormOptions(
  actor: TActor,
  personId: string,
  periodKey: string | null,
  kind: TDecisionKind,
  now: Date,
) {
  const person = await db.user.findUnique({
    where: { id: personId },
    select: { id: true, name: true, title: true, unit: { select: { id: true, name: true, path: true } } },
  });
  if (!person || !mayRecordDecision(actor, { id: person.id, unitPath: person.unit.path }))
    throw new DomainError("NOT_FOUND", msg("errors.decisionPersonNotFound"));
  const period = periodKey ? periodFromKey(periodKey) : null;
  const [signals, evaluations] = await Promise.all([
    db.signal.findMany({
      where: {
        subjectUserId: person.id,
        ...(period ? { since: { gte: startOfLocalDay(period.start), lte: endOfLocalDay(period.end) } } : {}),
      },
      orderBy: [{ since: "desc" }, { id: "desc" }],
      take: MAX_EVIDENCE,
      select: { id: true, kind: true, since: true, countsAgainstPerson: true, task: { select: { title: true } } },
    }),
    db.evaluation.findMany({
      where: { userId: person.id, ...(periodKey ? { periodKey } : {}) },
      orderBy: { periodKey: "desc" },
      take: 12,
      select: { id: true, periodKey: true, total: true, grade: true, status: true },
    }),
  ]);
  const checked = {
    signalIds: kind === "REVIEW" ? signals.filter((s) => s.countsAgainstPerson).map((s) => s.id) : [],
    evaluationIds: kind === "REVIEW" || !periodKey ? [] : evaluations.map((e) => e.id),
  };
  return { person, signals, evaluations, checked, today: localDateOf(now) };
}
export type TDecisionFormOptions = Awaited<ReturnType<typeof getDecisionFormOptions>>;
