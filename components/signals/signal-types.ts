import type { TSignalLoop } from "@/lib/schemas/signal-loop";

/** What the signals screen shows about one signal; see lib/server/signals/find-signals.ts. */
export type TSignalView = {
  id: string;
  kind: string;
  /** Worded from the catalog (enums.signalKind) by the screen; a stored label is not used. */
  kindLabel?: string;
  explanation: string;
  since: Date;
  detectedAt: Date;
  resolvedAt: Date | null;
  evidenceEventIds: string[];
  answerStatus: "UNANSWERED" | "ANSWERED" | "ACCEPTED" | "REJECTED";
  countsAgainstPerson: boolean;
  subject: { id: string; name: string } | null;
  unit: { id: string; name: string };
  task: { id: string; title: string };
  /** PING_PONG: who and which units the work went round among, and each handover. */
  loop: TSignalLoop | null;
  answers: TSignalAnswerView[];
  canAnswer: boolean;
  canReview: boolean;
};

export type TSignalAnswerView = {
  id: string;
  explanation: string;
  createdAt: Date;
  decision: "UNANSWERED" | "ANSWERED" | "ACCEPTED" | "REJECTED";
  reviewedAt: Date | null;
  reviewNote: string | null;
  author: { name: string };
  reviewedBy: { name: string } | null;
};

export const answerStatusTone: Record<TSignalView["answerStatus"], string> = {
  UNANSWERED: "bg-red-100 text-red-800",
  ANSWERED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-slate-200 text-slate-800",
};
