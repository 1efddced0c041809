import type { TParticipants } from "./pick-participants.ts";
import type { TClient, TWorld } from "./world.ts";

/** The clients of one scenario, each with its token, its steps and an empty queue. */
export function buildWorld(p: TParticipants, tokens: Map<string, string>): TWorld {
  const clients = new Map<string, TClient>();
  const ownersOf = new Map<string, TClient[]>();
  const client = (userId: string, headId: string, isHead: boolean): TClient => ({
    userId,
    token: tokens.get(userId)!,
    isHead,
    headId,
    steps: [],
    queue: [],
    pausedUntil: 0,
  });
  for (const h of p.heads) {
    clients.set(h.id, client(h.id, h.id, true));
    const owners = h.owners.map((o) => client(o, h.id, false));
    owners.forEach((o) => clients.set(o.userId, o));
    ownersOf.set(h.id, owners);
  }
  for (const s of p.steps) {
    clients.get(s.ownerId)!.steps.push({
      id: s.id,
      taskId: s.taskId,
      version: s.version,
      status: s.status,
      deadline: new Date(s.deadline),
      ownerId: s.ownerId,
      busy: false,
      extensionPending: false,
    });
  }
  return { clients, ownersOf };
}
