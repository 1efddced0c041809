import type { TActionKind } from "./action-kinds.ts";

/**
 * What the bench's clients know, as a person's open browser tab would: their steps with the
 * version last seen, and the decisions and answers waiting for them. `busy` keeps two of the
 * bench's own clients off one step at the same moment, so a 409 means the server saw a real
 * race (or a stale version), not one the bench manufactured.
 */
export type TStep = {
  id: string;
  taskId: string;
  version: number;
  status: string;
  deadline: Date;
  ownerId: string;
  busy: boolean;
  extensionPending: boolean;
};

export type TQueued =
  | { kind: "rule"; step: TStep }
  | { kind: "decide-extension"; step: TStep; requestId: string }
  | { kind: "answer"; step: TStep; consultationId: string };

export type TClient = {
  userId: string;
  token: string;
  isHead: boolean;
  /** The head who decides for this owner's steps (the owner's own id for a head). */
  headId: string;
  steps: TStep[];
  queue: TQueued[];
  /** No request before this instant (ms): the server asked to wait with 503 + Retry-After. */
  pausedUntil: number;
};

export type TWorld = {
  clients: Map<string, TClient>;
  /** Owners by their head, for hand-overs inside the head's unit tree. */
  ownersOf: Map<string, TClient[]>;
};

/** One measured answer. `ms` is the wall time of the HTTP request, as the client saw it. */
export type TSample = {
  kind: TActionKind | "re-read (GET task)";
  status: number;
  ms: number;
  stepId: string;
  measured: boolean;
  retryAfter: boolean;
};
