import { accountablePersonOf } from "../delegations/accountable-person-of";
import { msg, type TMessage, type TMessageValue } from "../../i18n/message";
import { buildSignalContext, type TSignalContext } from "./build-signal-context";
import { describeStep } from "./describe-step";
import { flagHandovers, type TFlaggedHandover } from "./flag-handovers";
import { groupBy } from "./group-by";
import { ownershipTransfers, type TTransfer } from "./ownership-transfers";
import { describePingPongLoop, pingPongLoop } from "./ping-pong-loop";
import type { TSignal } from "./signal";
import type { TEventKind, TSignalEvent, TSignalInput } from "./signal-input";
import type { TSignalPolicy } from "./signal-policy";
import { joinValues } from "./signal-words";

const PROGRESS_KINDS = new Set<TEventKind>(["STEP_PROGRESS", "STEP_COMPLETED"]);

/**
 * PING_PONG (đùn đẩy): work passed back and forth, per step (handover events with that
 * stepId) and per task (handover events with the taskId and no stepId, e.g. between units).
 * Which handovers count is flagHandovers' rule (bounces A→B→A, and runs of more than
 * `pingPongReassignments` reassignments without progress).
 *
 * The subject is the person who passed the work on in a flagged handover: for RETURN_UPHELD
 * the person whose return was upheld (payload.from), otherwise the actor who assigned or
 * reassigned it. One signal per (step or task, person), counting that person's flagged
 * handovers, so A→B→A→B done by one head is one signal with 2 bounces, and the same
 * sequence done by A and B themselves is one signal each. Metrics: bounces (the person's),
 * longestRun (the longest too-long run they took part in, else 0), totalBounces (the
 * step's or task's). `since` is the person's first flagged handover. `loop` names every person
 * and unit the work went round among, with every handover, and the explanation says so.
 */
export function detectPingPong(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "users" | "units">,
  policy: Pick<TSignalPolicy, "pingPongReassignments">,
): TSignal[] {
  const maxRun = policy.pingPongReassignments;
  if (!Number.isInteger(maxRun) || maxRun < 1) {
    throw new RangeError(`pingPongReassignments must be a positive integer, got ${maxRun}`);
  }
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    const task = ctx.taskOf(step.taskId);
    const events = ctx.eventsOfStep(step.id);
    signals.push(
      ...signalsOf(ctx, events, maxRun, {
        groupKey: step.id,
        label: msg("domain.signals.pingPongStepLabel", { step: describeStep(step, task) }),
        taskId: task.id,
        stepId: step.id,
        unitId: step.unitId,
      }),
    );
  }
  for (const task of input.tasks) {
    const events = ctx.eventsOfTask(task.id).filter((e) => e.stepId == null);
    signals.push(
      ...signalsOf(ctx, events, maxRun, {
        groupKey: `task:${task.id}`,
        label: msg("domain.signals.pingPongTaskLabel", { title: task.title }),
        taskId: task.id,
        stepId: null,
        unitId: task.leadUnitId,
      }),
    );
  }
  return signals;
}

type TGroup = { groupKey: string; label: TMessage; taskId: string; stepId: string | null; unitId: string };

function signalsOf(ctx: TSignalContext, events: readonly TSignalEvent[], maxRun: number, group: TGroup): TSignal[] {
  const transfers = ownershipTransfers(events);
  if (transfers.length < 2) return [];
  const progress = events.filter((e) => PROGRESS_KINDS.has(e.kind)).map((e) => e.seq);
  const flagged = flagHandovers(transfers, progress, maxRun);
  const totalBounces = flagged.filter((f) => f.reversed).length;
  const byPasser = groupBy(flagged, (f) => passerOf(f.transfer));
  const loop = pingPongLoop(ctx, transfers);
  return [...byPasser].map(([passer, own]) => {
    const bounces = own.filter((f) => f.reversed).length;
    const longestRun = Math.max(0, ...own.map((f) => f.runLength));
    return {
      key: `PING_PONG:${group.groupKey}:${passer}`,
      kind: "PING_PONG" as const,
      subjectUserId: passer,
      unitId: ctx.userOf(passer)?.unitId ?? group.unitId,
      taskId: group.taskId,
      stepId: group.stepId,
      consultationId: null,
      since: own[0].transfer.event.at,
      explanation: msg("domain.signals.joinSpace", {
        a: explain(ctx, group.label, passer, bounces, longestRun, maxRun, transfers),
        b: describePingPongLoop(loop),
      }),
      evidenceEventIds: evidenceOf(own),
      metrics: { bounces, longestRun, totalBounces },
      loop,
    };
  });
}

function passerOf(t: TTransfer): string | null {
  return t.event.kind === "RETURN_UPHELD" ? t.event.payload.from : (accountablePersonOf(t.event) ?? t.from);
}

function explain(
  ctx: TSignalContext,
  label: TMessage,
  passer: string | null,
  bounces: number,
  longestRun: number,
  maxRun: number,
  transfers: readonly TTransfer[],
): TMessageValue {
  const parts: TMessage[] = [];
  if (bounces > 0) {
    parts.push(
      msg("domain.signals.pingPongBounces", {
        passer: ctx.userName(passer),
        label,
        bounces,
        chain: chainOf(ctx, transfers),
      }),
    );
  }
  if (longestRun > 0) {
    parts.push(
      bounces > 0
        ? msg("domain.signals.pingPongRunAlso", { run: longestRun, max: maxRun })
        : msg("domain.signals.pingPongRun", { passer: ctx.userName(passer), label, run: longestRun, max: maxRun }),
    );
  }
  return joinValues(parts, "domain.signals.joinSpace");
}

/** The holders in order ("Lan → Bình → Lan"): every handover names its new holder, and only a first assignment names no previous one. */
function chainOf(ctx: TSignalContext, transfers: readonly TTransfer[]): TMessageValue {
  const names = [transfers[0].from, ...transfers.map((t) => t.to)]
    .filter((id) => id != null)
    .map((id) => ctx.userName(id));
  return joinValues(
    names.filter((n, i) => i === 0 || n !== names[i - 1]),
    "domain.signals.joinArrow",
  );
}

function evidenceOf(own: readonly TFlaggedHandover[]): string[] {
  const events = own.flatMap((f) => (f.reversed ? [f.reversed.event, f.transfer.event] : [f.transfer.event]));
  const unique = new Map(events.map((e) => [e.id, e]));
  return [...unique.values()].sort((a, b) => a.seq - b.seq).map((e) => e.id);
}
