import { actionRequest, type TActionKind, type TActionRequest } from "./action-kinds.ts";
import type { TClient, TQueued, TStep, TWorld } from "./world.ts";

export type TPlanned = { client: TClient; req: TActionRequest; step: TStep; queued?: TQueued; otherUserId?: string };

const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)];

function weighted(options: [TActionKind, number][]): TActionKind {
  let r = Math.random() * options.reduce((a, [, w]) => a + w, 0);
  for (const [k, w] of options) if ((r -= w) < 0) return k;
  return options[0][0];
}

/**
 * What a client does next, as a heavy user would: first what waits for them (a ruling, an
 * extension decision, an answer to a consultation), then work on one of their own steps with
 * a mix weighted towards starting, noting progress and completing. A head with nothing
 * waiting sometimes hands a step over inside their unit. Null: nothing to do right now.
 */
export function planNextAction(world: TWorld, client: TClient, now = new Date()): TPlanned | null {
  const i = client.queue.findIndex((q) => q.kind === "answer" || !q.step.busy);
  if (i >= 0) {
    const q = client.queue.splice(i, 1)[0];
    if (q.kind === "answer")
      return {
        client,
        queued: q,
        step: q.step,
        req: actionRequest("answer", q.step, { consultationId: q.consultationId }),
      };
    if (q.kind === "decide-extension")
      return {
        client,
        queued: q,
        step: q.step,
        req: actionRequest("decide-extension", q.step, { requestId: q.requestId }),
      };
    const other = otherOwner(world, client.userId, q.step.ownerId);
    if (other && Math.random() < 0.5)
      return {
        client,
        queued: q,
        step: q.step,
        otherUserId: other,
        req: actionRequest("rule-uphold", q.step, { userId: other }),
      };
    return { client, queued: q, step: q.step, req: actionRequest("rule-overrule", q.step) };
  }
  if (client.isHead) return Math.random() < 0.3 ? planReassign(world, client) : null;
  const step = pick(client.steps.filter((s) => !s.busy && (s.status === "TODO" || s.status === "IN_PROGRESS")));
  if (!step) return null;
  const mayExtend = !step.extensionPending && step.deadline.getTime() > now.getTime() + 3_600_000 ? 8 : 0;
  const kind =
    step.status === "TODO"
      ? weighted([
          ["start", 70],
          ["return", 6],
          ["consult", 7],
          ["request-extension", mayExtend],
          ["progress", 4],
          ["complete", 4],
        ])
      : weighted([
          ["progress", 45],
          ["complete", 25],
          ["return", 6],
          ["consult", 10],
          ["request-extension", mayExtend],
        ]);
  if (kind === "consult") {
    const target = pick([...world.clients.values()].filter((c) => !c.isHead && c.userId !== client.userId));
    if (!target) return null;
    return {
      client,
      step,
      otherUserId: target.userId,
      req: actionRequest("consult", step, { userId: target.userId }, now),
    };
  }
  return { client, step, req: actionRequest(kind, step, {}, now) };
}

function planReassign(world: TWorld, head: TClient): TPlanned | null {
  const owner = pick(world.ownersOf.get(head.userId) ?? []);
  const step = owner && pick(owner.steps.filter((s) => !s.busy && (s.status === "TODO" || s.status === "IN_PROGRESS")));
  const other = step && otherOwner(world, head.userId, step.ownerId);
  if (!step || !other) return null;
  return { client: head, step, otherUserId: other, req: actionRequest("reassign", step, { userId: other }) };
}

/** Another owner under the same head: who takes a step the head hands over. */
function otherOwner(world: TWorld, headId: string, currentOwnerId: string): string | undefined {
  return pick((world.ownersOf.get(headId) ?? []).filter((o) => o.userId !== currentOwnerId))?.userId;
}
