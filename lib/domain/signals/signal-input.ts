/**
 * Plain shapes of the rows the detectors read, mirroring the Prisma models field by field
 * (enums as string unions) so that `lib/server` can pass query results straight in.
 * The detectors never import the generated client. Event payloads are typed by the shared
 * schema, a type-only import: nothing of zod reaches the detectors.
 */
import type { TEventPayload } from "../../schemas/event-payloads";

export type TTaskStatus = "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
export type TStepKind = "RECEIVE" | "HANDLE" | "CONSULT" | "SUBMIT" | "APPROVE" | "ISSUE";
export type TStepStatus = "PENDING" | "TODO" | "IN_PROGRESS" | "RETURNED" | "DONE";
export type TExtensionStatus = "PENDING" | "APPROVED" | "REJECTED";
/**
 * The event kinds the detectors read (lib/server loads no other): not the answers to signals,
 * which are about the signals themselves, nor API tokens, which concern no task, nor
 * STEP_DEADLINE_SHIFTED, whose moved deadline the step row already carries, nor the unit
 * administration's events (a unit's changes, work handed to a successor), which are not anyone's
 * activity on the work and must not reset its idle time, nor recurrences or inspections, which concern no task.
 */
export type TEventKind = Exclude<
  TEventPayload["kind"],
  | "SIGNAL_ANSWERED"
  | "SIGNAL_ANSWER_ACCEPTED"
  | "SIGNAL_ANSWER_REJECTED"
  | "API_TOKEN_CREATED"
  | "API_TOKEN_REVOKED"
  | "RECURRENCE_CHANGED"
  | "INSPECTION_PLAN_CREATED"
  | "INSPECTION_CREATED"
  | "INSPECTION_UPDATED"
  | "CHECKLIST_CHANGED"
  | "INSPECTION_ITEM_ANSWERED"
  | "INSPECTION_FINDING_ADDED"
  | "INSPECTION_CONCLUDED"
  | "STEP_DEADLINE_SHIFTED"
  | "UNIT_CHANGED"
  | "WORK_HANDED_TO_SUCCESSOR"
  | "IMPORT_UNDONE"
  | "USER_CHANGED"
  | "PASSWORD_CHANGED"
  | "PASSWORD_RESET_BY_ADMIN"
  | "SIGN_IN_FAILED"
  | "SIGN_IN_THROTTLED"
  | "TOTP_ENROLLED"
  | "SSO_SIGN_IN_REFUSED"
  | "DELEGATION_CREATED"
  | "DELEGATION_REVOKED"
  | "EVALUATION_SCHEME_CHANGED"
  | "EVALUATION_SELF_ASSESSED"
  | "EVALUATION_ASSESSED"
  | "EVALUATION_APPROVED"
  | "EVALUATION_CORRECTED"
  | "EVALUATION_PRODUCT_ADDED"
  | "EVALUATION_PRODUCT_REVIEWED"
  | "PERSONNEL_DECISION_RECORDED"
>;

export type TSignalTask = {
  id: string;
  title: string;
  leadUnitId: string;
  status: TTaskStatus;
};

export type TSignalStep = {
  id: string;
  taskId: string;
  name: string;
  kind: TStepKind;
  ownerId: string;
  unitId: string;
  status: TStepStatus;
  /** Current deadline, after approved extensions. */
  deadline: Date;
  originalDeadline: Date;
  completedAt: Date | null;
  lastActivityAt: Date;
};

type TSignalEventRow = {
  id: string;
  /** Total order of events; ties in `at` are broken by it. */
  seq: number;
  at: Date;
  actorId: string | null;
  /** The principal when a deputy acted (accountablePersonOf): the person signals hold to account. */
  onBehalfOfId?: string | null;
  taskId: string | null;
  stepId: string | null;
  consultationId: string | null;
  reason: string | null;
};

/**
 * One audit event, its payload typed by its kind (lib/schemas/event-payloads, the shape every
 * writer is held to): narrowing on `kind` gives the payload, nothing is guessed.
 */
export type TSignalEvent = TSignalEventRow & Extract<TEventPayload, { kind: TEventKind }>;

export type TSignalConsultation = {
  id: string;
  stepId: string;
  requesterId: string;
  targetUnitId: string | null;
  targetUserId: string | null;
  responseDeadline: Date;
  answeredById: string | null;
  answeredAt: Date | null;
  isVague: boolean;
  vagueReason: string | null;
  markedVagueAt: Date | null;
};

export type TSignalExtensionRequest = {
  id: string;
  stepId: string;
  requesterId: string;
  previousDeadline: Date;
  requestedDeadline: Date;
  status: TExtensionStatus;
  createdAt: Date;
};

/** People and units named in explanations; `unitId` also decides a person's signal unit. */
export type TSignalUser = { id: string; name: string; unitId: string };
export type TSignalUnit = { id: string; name: string };

/**
 * Everything the detectors look at. It must be closed under references: every step of a
 * consultation, extension request or event, and every task of a step, must be present
 * (a missing one is a loading bug, so the detectors throw rather than guess).
 */
export type TSignalInput = {
  tasks: readonly TSignalTask[];
  steps: readonly TSignalStep[];
  events: readonly TSignalEvent[];
  consultations: readonly TSignalConsultation[];
  extensionRequests: readonly TSignalExtensionRequest[];
  users: readonly TSignalUser[];
  units: readonly TSignalUnit[];
};
