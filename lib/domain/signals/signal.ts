import type { TMessage, TWorkingDaysSince } from "../../i18n/message";
import type { TPingPongLoop } from "./ping-pong-loop";
import type { TSignalKind } from "./signal-kind";

/**
 * One computed accountability signal.
 *
 * `key` is stable across recomputations of the same fact, so a persisted signal and its
 * answer (giải trình) can be matched to tomorrow's computation. Formats, by kind:
 * - OVERDUE_NO_EXTENSION, UNDECIDED: `${kind}:${stepId}:${deadline epoch ms}` (a step whose
 *   extended deadline lapses again is a new signal);
 * - STALLED: `STALLED:${stepId}:${since epoch ms}` (each stall is its own signal);
 * - PING_PONG: `PING_PONG:${stepId}:${passerUserId}` or `PING_PONG:task:${taskId}:${passerUserId}`;
 * - RETURN_OVERRULED: `RETURN_OVERRULED:${overruling event id}`;
 * - CONSULTATION_*: `${kind}:${consultationId}`.
 */
export type TSignal = {
  key: string;
  kind: TSignalKind;
  /** The person concerned; null only for an unanswered consultation addressed to a unit. */
  subjectUserId: string | null;
  /** The subject's unit (TSignalUser.unitId) when known, else the unit of the work itself. */
  unitId: string;
  taskId: string;
  stepId: string | null;
  consultationId: string | null;
  /** When the condition began (a deadline, a last activity, an event): data, never `now`. */
  since: Date;
  /**
   * The sentence naming the people, dates and counts, not yet worded: the server stores it
   * with its Vietnamese wording, and each reader sees it in their own language.
   */
  explanation: TMessage;
  evidenceEventIds: string[];
  /**
   * The numbers behind the signal, named per kind (e.g. workingDaysOverdue, bounces). A count
   * about an item still open grows with time: it is kept as workingDaysSince and counted when
   * read (resolveMetricsAt), as in the explanation.
   */
  metrics: Record<string, number | TWorkingDaysSince>;
  /** PING_PONG only: every person and unit in the loop and every handover, for the screens and the API. */
  loop?: TPingPongLoop;
};
