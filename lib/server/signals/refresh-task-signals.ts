import "server-only";
import { detectSignals, nextSignalCheckAt, resolveMessageAt, type TSignal } from "@/lib/domain/signals";
import type { TWorkCalendar } from "@/lib/domain/calendar";
import { translate } from "@/lib/i18n/translate";
import type { Prisma } from "@/lib/server/db/prisma";
import { notifyRaisedSignals } from "@/lib/server/notifications/notify-raised-signals";
import { loadSignalInput, type TStoredSignal } from "./load-signal-input";

export type TRefreshResult = { created: number; updated: number; closed: number };

/**
 * Recomputes the signals of `taskIds` at `now` and brings the Signal rows in line, by key:
 * a new key is inserted (detectedAt = now); an existing one gets the latest explanation,
 * metrics and evidence and is reopened if it was closed; an open signal of these tasks that
 * is no longer detected is closed (resolvedAt = now). Rows are never deleted (they are
 * evidence), and the answer fields (answerStatus, countsAgainstPerson) are never touched here.
 * Who, which unit and since when stay as first detected: a signal is about the facts then.
 * Each task's signalsCheckAt is set to the next moment its time-based signals may change
 * (nextSignalCheckAt), which is when the sweep refreshes it again.
 *
 * Call it with the transaction of the write that changed the tasks, or with the db. It costs
 * one read and at most two writes, however many signals change. The stored rows are read in
 * the same snapshot as the work data, and a key inserted concurrently is skipped, not an error;
 * a signal inserted meanwhile by another refresh is not in that snapshot, so it is never closed.
 * Each person a new signal is about is notified in the same transaction, unless their own
 * action (one of `actorIds`, empty for the sweep) raised it: one more insert, only when a
 * signal appears.
 */
export async function refreshTaskSignals(
  client: Prisma.TransactionClient,
  taskIds: readonly string[],
  now: Date,
  actorIds: readonly string[] = [],
): Promise<TRefreshResult> {
  if (taskIds.length === 0) return { created: 0, updated: 0, closed: 0 };
  const loaded = await loadSignalInput(client, taskIds);
  const { input, directiveIdOf, existing } = loaded;
  const { calendar, policy } = loaded.settings;
  const detected = detectSignals(input, calendar, policy, now);
  const knownUsers = new Set(input.users.map((u) => u.id));

  const byKey = new Map(existing.map((s) => [s.key, s]));
  const fresh = detected.filter((s) => !byKey.has(s.key));
  const raised = fresh.length
    ? await client.signal.createManyAndReturn({
        data: fresh.map((s) => toRow(s, directiveIdOf, knownUsers, calendar, now)),
        skipDuplicates: true,
        select: { id: true, subjectUserId: true, taskId: true, stepId: true, consultationId: true },
      })
    : [];
  const created = raised.length;
  await notifyRaisedSignals(client, raised, actorIds, now);

  const changed = detected.flatMap((s) => {
    const row = byKey.get(s.key);
    return row && hasChanged(row, s)
      ? [
          {
            id: row.id,
            explanation: wordedInVietnamese(s, calendar, now),
            message: s.explanation,
            metrics: s.metrics,
            evidence: s.evidenceEventIds,
            loop: s.loop ?? null,
          },
        ]
      : [];
  });
  const keys = new Set(detected.map((s) => s.key));
  const gone = existing.filter((s) => s.resolvedAt == null && !keys.has(s.key)).map((s) => s.id);
  const checks = [...nextSignalCheckAt(input, calendar, policy, now)]
    .filter(([id, at]) => (loaded.checkAtOf.get(id)?.getTime() ?? null) !== (at?.getTime() ?? null))
    .map(([id, at]) => ({ id, at: at?.toISOString() ?? null }));
  if (changed.length === 0 && gone.length === 0 && checks.length === 0) return { created, updated: 0, closed: 0 };

  const [counts] = await client.$queryRawUnsafe<{ updated: number; closed: number }[]>(
    WRITE_SQL,
    JSON.stringify(changed),
    gone,
    now,
    JSON.stringify(checks),
  );
  return { created, updated: Number(counts.updated), closed: Number(counts.closed) };
}

/** The changed signals, the closed ones and the tasks' next checks, in one statement. */
const WRITE_SQL = `
WITH changed AS (
  UPDATE "Signal" s
     SET "explanation" = r.explanation, "explanationMessage" = r.message, "metrics" = r.metrics, "resolvedAt" = NULL, "loop" = r.loop,
         "evidenceEventIds" = ARRAY(SELECT jsonb_array_elements_text(r.evidence))
    FROM jsonb_to_recordset($1::jsonb) AS r(id text, explanation text, message jsonb, metrics jsonb, evidence jsonb, loop jsonb)
   WHERE s."id" = r.id
  RETURNING 1
), closed AS (
  UPDATE "Signal" SET "resolvedAt" = $3 WHERE "id" = ANY($2::text[]) AND "resolvedAt" IS NULL RETURNING 1
), checks AS (
  UPDATE "Task" t SET "signalsCheckAt" = r.at
    FROM jsonb_to_recordset($4::jsonb) AS r(id text, at timestamp(3))
   WHERE t."id" = r.id
  RETURNING 1
)
SELECT (SELECT count(*) FROM changed)::int AS updated, (SELECT count(*) FROM closed)::int AS closed, (SELECT count(*) FROM checks)::int AS checked`;

function toRow(
  s: TSignal,
  directiveIdOf: ReadonlyMap<string, string>,
  knownUsers: ReadonlySet<string>,
  calendar: TWorkCalendar,
  now: Date,
) {
  const directiveId = directiveIdOf.get(s.taskId);
  if (!directiveId) throw new RangeError(`Signal ${s.key} names task ${s.taskId}, which was not loaded`);
  return {
    key: s.key,
    kind: s.kind,
    // An id found only in an event payload may name nobody (old or imported data); the
    // signal then stays with the unit rather than failing the whole refresh on the foreign key.
    subjectUserId: s.subjectUserId != null && knownUsers.has(s.subjectUserId) ? s.subjectUserId : null,
    unitId: s.unitId,
    taskId: s.taskId,
    directiveId,
    stepId: s.stepId,
    consultationId: s.consultationId,
    since: s.since,
    explanation: wordedInVietnamese(s, calendar, now),
    explanationMessage: toJson(s.explanation),
    evidenceEventIds: s.evidenceEventIds,
    metrics: toJson(s.metrics),
    ...(s.loop && { loop: toJson(s.loop) }),
    detectedAt: now,
  };
}

function hasChanged(row: TStoredSignal, s: TSignal): boolean {
  return (
    row.resolvedAt != null ||
    // The sentence, not its wording: the same sentence words the same (a row written before
    // explanationMessage existed has none, so it is rewritten once, with both).
    canonical(row.explanationMessage ?? null) !== canonical(toJson(s.explanation)) ||
    row.evidenceEventIds.join(",") !== s.evidenceEventIds.join(",") ||
    canonical(row.metrics ?? {}) !== canonical(toJson(s.metrics)) ||
    canonical(row.loop ?? null) !== canonical(s.loop ? toJson(s.loop) : null)
  );
}

/**
 * The explanation as Signal.explanation keeps it for readers that predate the English
 * catalog: in Vietnamese, its counts as of `now` (it is not rewritten as they grow).
 * Signal.explanationMessage keeps the sentence itself, which readers word in their own
 * language with the counts as of their reading (signalExplanation).
 */
function wordedInVietnamese(s: TSignal, calendar: TWorkCalendar, now: Date): string {
  return translate("vi", resolveMessageAt(s.explanation, calendar, now));
}

/** The loop as JSON stores it (instants as ISO strings). */
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** jsonb reorders object keys, so stored and fresh values are compared with sorted keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v != null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
