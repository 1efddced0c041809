/**
 * Plain shapes of the rows the detectors read, mirroring the Prisma models field by field
 * (enums as string unions) so that `lib/server` can pass query results straight in.
 * The detectors never import the generated client.
 */
export type TTaskStatus = 'OPEN' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
export type TStepKind = 'RECEIVE' | 'HANDLE' | 'CONSULT' | 'SUBMIT' | 'APPROVE' | 'ISSUE';
export type TStepStatus = 'PENDING' | 'TODO' | 'IN_PROGRESS' | 'RETURNED' | 'DONE';
export type TExtensionStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type TEventKind =
  | 'DIRECTIVE_CREATED' | 'TASK_CREATED' | 'TASK_UPDATED' | 'TASK_COMPLETED'
  | 'STEP_ASSIGNED' | 'STEP_STARTED' | 'STEP_PROGRESS' | 'STEP_COMPLETED' | 'STEP_REASSIGNED'
  | 'STEP_RETURNED' | 'RETURN_UPHELD' | 'RETURN_OVERRULED'
  | 'EXTENSION_REQUESTED' | 'EXTENSION_APPROVED' | 'EXTENSION_REJECTED' | 'ESCALATED'
  | 'CONSULTATION_REQUESTED' | 'CONSULTATION_ANSWERED' | 'CONSULTATION_MARKED_VAGUE'
  | 'CALENDAR_CHANGED' | 'TEMPLATE_CHANGED';

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

/**
 * One audit event. Handover events (STEP_ASSIGNED, STEP_REASSIGNED, RETURN_UPHELD) carry
 * `payload: { from?: userId | null, to?: userId | null, fromUnitId?: unitId | null,
 * toUnitId?: unitId | null }`; anything else in the payload is ignored.
 */
export type TSignalEvent = {
  id: string;
  /** Total order of events; ties in `at` are broken by it. */
  seq: number;
  at: Date;
  kind: TEventKind;
  actorId: string | null;
  taskId: string | null;
  stepId: string | null;
  consultationId: string | null;
  payload: unknown;
  reason: string | null;
};

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
