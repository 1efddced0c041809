export type {
  TEventKind,
  TExtensionStatus,
  TSignalConsultation,
  TSignalEvent,
  TSignalExtensionRequest,
  TSignalInput,
  TSignalStep,
  TSignalTask,
  TSignalUnit,
  TSignalUser,
  TStepKind,
  TStepStatus,
  TTaskStatus,
} from "./signal-input";
export type { TSignal } from "./signal";
export type { TLoopHandover, TLoopPerson, TLoopUnit, TPingPongLoop } from "./ping-pong-loop";
export type { TSignalPolicy } from "./signal-policy";
export { signalKinds } from "./signal-kind";
export type { TSignalKind } from "./signal-kind";
export { detectSignals } from "./detect-signals";
export { detectOverdueNoExtension } from "./detect-overdue-no-extension";
export { detectPingPong } from "./detect-ping-pong";
export { detectReturnOverruled } from "./detect-return-overruled";
export { detectConsultationLate } from "./detect-consultation-late";
export { detectConsultationUnanswered } from "./detect-consultation-unanswered";
export { detectConsultationVague } from "./detect-consultation-vague";
export { detectStalled } from "./detect-stalled";
export { detectUndecided } from "./detect-undecided";
export { applyAnswers } from "./apply-answers";
export type { TAnswerStatus, TAnsweredSignal, TSignalAnswer } from "./apply-answers";
export { nextSignalCheckAt } from "./next-signal-check-at";
export {
  resolveMessageAt,
  resolveMetricsAt,
  resolveSignalAt,
  workingDaysAt,
  workingDaysSince,
} from "./working-days-since";
