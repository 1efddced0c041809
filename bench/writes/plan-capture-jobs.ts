import { ACTION_KINDS, type TActionKind } from "./action-kinds.ts";
import type { TCaptureJob } from "./capture-types.ts";
import type { TParticipants } from "./pick-participants.ts";

const DAY = 86_400_000;

/**
 * `perKind` capture jobs for every action kind, each on a step of its own, acted on by the
 * person the API requires: the owner, the head over the step's unit (a ruling, an extension
 * decision, a hand-over) or the person consulted. Steps are handed out so each kind gets
 * one it can act on (TODO for a start; a deadline ahead for extensions). Returns the jobs and
 * the kinds short of steps.
 */
export function planCaptureJobs(
  p: TParticipants,
  tokens: Map<string, string>,
  perKind: number,
  now = new Date(),
): { jobs: TCaptureJob[]; short: string[] } {
  const headOf = new Map(p.heads.flatMap((h) => h.owners.map((o) => [o, h] as const)));
  const pool = [...p.steps];
  const take = (ok: (s: (typeof pool)[number]) => boolean) => {
    const i = pool.findIndex(ok);
    return i < 0 ? undefined : pool.splice(i, 1)[0];
  };
  const jobs: TCaptureJob[] = [];
  const short: string[] = [];
  // The pickiest kinds first, so the plain ones do not use up the steps they need.
  const order: TActionKind[] = [
    "start",
    "request-extension",
    "decide-extension",
    ...ACTION_KINDS.filter((k) => !["start", "request-extension", "decide-extension"].includes(k)),
  ];
  for (const kind of order) {
    let made = 0;
    for (let i = 0; i < perKind; i++) {
      const future = (s: { deadline: Date }) => new Date(s.deadline).getTime() > now.getTime() + 2 * DAY;
      const s = take(kind === "start" ? (x) => x.status === "TODO" : kind.includes("extension") ? future : () => true);
      if (!s) break;
      const head = headOf.get(s.ownerId)!;
      const other = head.owners.find((o) => o !== s.ownerId)!;
      const step = { id: s.id, version: s.version, status: s.status, deadline: new Date(s.deadline).toISOString() };
      const owner = tokens.get(s.ownerId)!;
      const asHead = tokens.get(head.id)!;
      const job: TCaptureJob =
        kind === "rule-uphold"
          ? { kind, token: asHead, otherUserId: other, step, prereq: { kind: "return", token: owner } }
          : kind === "rule-overrule"
            ? { kind, token: asHead, step, prereq: { kind: "return", token: owner } }
            : kind === "decide-extension"
              ? { kind, token: asHead, step, prereq: { kind: "request-extension", token: owner } }
              : kind === "answer"
                ? {
                    kind,
                    token: tokens.get(other)!,
                    step,
                    prereq: { kind: "consult", token: owner, otherUserId: other },
                  }
                : kind === "reassign"
                  ? { kind, token: asHead, otherUserId: other, step }
                  : kind === "consult"
                    ? { kind, token: owner, otherUserId: other, step }
                    : { kind, token: owner, step };
      jobs.push(job);
      made++;
    }
    if (made < perKind) short.push(`${kind}: ${made}/${perKind}`);
  }
  return { jobs, short };
}
