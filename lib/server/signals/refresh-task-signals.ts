import "server-only";
import { detectSignals, type TSignal } from "@/lib/domain/signals";
import type { Prisma } from "@/lib/server/db/prisma";
import { loadSignalInput } from "./load-signal-input";
import { loadSignalSettings, type TSignalSettings } from "./load-signal-settings";

export type TRefreshResult = { created: number; updated: number; closed: number };

/**
 * Recomputes the signals of `taskIds` at `now` and brings the Signal rows in line, by key:
 * a new key is inserted (detectedAt = now); an existing one gets the latest explanation,
 * metrics and evidence and is reopened if it was closed; an open signal of these tasks that
 * is no longer detected is closed (resolvedAt = now). Rows are never deleted (they are
 * evidence), and the answer fields (answerStatus, countsAgainstPerson) are never touched here.
 * Who, which unit and since when stay as first detected: a signal is about the facts then.
 *
 * Call it with the transaction of the write that changed the tasks, or with the db. The
 * existing rows are read before the work data, so a signal inserted meanwhile by another
 * refresh is never closed by this one; a key inserted concurrently is skipped, not an error.
 */
export async function refreshTaskSignals(
  client: Prisma.TransactionClient,
  taskIds: readonly string[],
  now: Date,
  settings?: TSignalSettings,
): Promise<TRefreshResult> {
  if (taskIds.length === 0) return { created: 0, updated: 0, closed: 0 };
  const existing = await client.signal.findMany({
    where: { taskId: { in: [...new Set(taskIds)] } },
    select: { id: true, key: true, explanation: true, metrics: true, evidenceEventIds: true, resolvedAt: true },
  });
  const { input, directiveIdOf } = await loadSignalInput(client, taskIds);
  const { calendar, policy } = settings ?? (await loadSignalSettings(client));
  const detected = detectSignals(input, calendar, policy, now);
  const knownUsers = new Set(input.users.map((u) => u.id));

  const byKey = new Map(existing.map((s) => [s.key, s]));
  const fresh = detected.filter((s) => !byKey.has(s.key));
  const { count: created } = fresh.length
    ? await client.signal.createMany({
        data: fresh.map((s) => toRow(s, directiveIdOf, knownUsers, now)),
        skipDuplicates: true,
      })
    : { count: 0 };

  let updated = 0;
  for (const s of detected) {
    const row = byKey.get(s.key);
    if (!row || !hasChanged(row, s)) continue;
    await client.signal.update({
      where: { id: row.id },
      data: { explanation: s.explanation, metrics: s.metrics, evidenceEventIds: s.evidenceEventIds, resolvedAt: null },
    });
    updated++;
  }

  const keys = new Set(detected.map((s) => s.key));
  const gone = existing.filter((s) => s.resolvedAt == null && !keys.has(s.key)).map((s) => s.id);
  const { count: closed } = gone.length
    ? await client.signal.updateMany({ where: { id: { in: gone }, resolvedAt: null }, data: { resolvedAt: now } })
    : { count: 0 };
  return { created, updated, closed };
}

function toRow(s: TSignal, directiveIdOf: ReadonlyMap<string, string>, knownUsers: ReadonlySet<string>, now: Date) {
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
    explanation: s.explanation,
    evidenceEventIds: s.evidenceEventIds,
    metrics: s.metrics,
    detectedAt: now,
  };
}

type TStored = { explanation: string; metrics: unknown; evidenceEventIds: string[]; resolvedAt: Date | null };

function hasChanged(row: TStored, s: TSignal): boolean {
  return row.resolvedAt != null ||
    row.explanation !== s.explanation ||
    row.evidenceEventIds.join(",") !== s.evidenceEventIds.join(",") ||
    !sameMetrics(row.metrics, s.metrics);
}

function sameMetrics(stored: unknown, metrics: Record<string, number>): boolean {
  const a = (stored ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(metrics)]);
  return [...keys].every((k) => a[k] === metrics[k]);
}
