import { msg } from "../../i18n/message";

export type TStepStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";
export type TStepKind = "RECEIVE" | "HANDLE" | "CONSULT" | "SUBMIT" | "APPROVE" | "ISSUE";

/** Everything a person can do to a step. The owner acts; the head of the step's unit (or above) decides. */
export type TStepAction =
  | "start"
  | "progress"
  | "complete"
  | "return"
  | "request-extension"
  | "consult"
  | "reassign"
  | "rule"
  | "decide-extension"
  | "escalate";

export const OWNER_ACTIONS: readonly TStepAction[] = [
  "start",
  "progress",
  "complete",
  "return",
  "request-extension",
  "consult",
];
export const HEAD_ACTIONS: readonly TStepAction[] = ["reassign", "rule", "decide-extension"];

/** The statuses from which each action may be taken. */
export const ALLOWED_FROM: Record<TStepAction, readonly TStepStatus[]> = {
  start: ["TODO"],
  progress: ["TODO", "IN_PROGRESS"],
  complete: ["TODO", "IN_PROGRESS"],
  return: ["TODO", "IN_PROGRESS"],
  "request-extension": ["PENDING", "TODO", "IN_PROGRESS"],
  consult: ["TODO", "IN_PROGRESS"],
  // A head may also name the owner of a step that has not been reached yet.
  reassign: ["PENDING", "TODO", "IN_PROGRESS"],
  rule: ["RETURNED"],
  "decide-extension": ["PENDING", "TODO", "IN_PROGRESS", "RETURNED"],
  // Escalation reports a matter someone has looked at: never a step not reached yet, and for
  // the owner only once they have started it (canPerformStepAction); a head may escalate any
  // reached step of their unit, a returned one included.
  escalate: ["TODO", "IN_PROGRESS", "RETURNED"],
};

/** The statuses from which the owner (not a head over the step) may escalate. */
export const OWNER_ESCALATE_FROM: readonly TStepStatus[] = ["IN_PROGRESS"];

/**
 * Why an overdue step offers no extension (DOMAIN: an extension is requested before the
 * deadline), and what to do instead. Shown on the step and returned by the server alike.
 */
export const OVERDUE_EXTENSION_MESSAGE = msg("domain.workflow.overdueExtension");
