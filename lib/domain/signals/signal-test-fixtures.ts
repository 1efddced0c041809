import { buildCalendar } from "../calendar/build-calendar";
import { defaultHolidays } from "../calendar/default-holidays";
import { endOfLocalDay } from "../calendar/end-of-local-day";
import type {
  TEventKind,
  TSignalConsultation,
  TSignalEvent,
  TSignalExtensionRequest,
  TSignalInput,
  TSignalStep,
  TSignalTask,
} from "./signal-input";
import type { TSignalPolicy } from "./signal-policy";

/** Shared test data for the signal tests (not a test file itself). */
export const cal = buildCalendar(defaultHolidays);
export const policy: TSignalPolicy = {
  dueSoonWorkingDays: 2,
  stalledAfterWorkingDays: 5,
  pingPongReassignments: 3,
  escalationLadder: [2, 5, 10],
};
/** 'YYYY-MM-DDTHH:mm' in Hà Nội. */
export const hn = (local: string) => new Date(`${local}:00+07:00`);
export const eod = endOfLocalDay;
export const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

export const users = [
  { id: "lan", name: "Nguyễn Thị Lan", unitId: "dd" },
  { id: "binh", name: "Trần Văn Bình", unitId: "dd" },
  { id: "hung", name: "Lê Văn Hùng", unitId: "dd" },
  { id: "minh", name: "Phạm Văn Minh", unitId: "tc" },
  { id: "an", name: "Đỗ Thị An", unitId: "dd" },
];
export const units = [
  { id: "dd", name: "BHXH quận Đống Đa" },
  { id: "tc", name: "Vụ Tài chính" },
];

export const task = (over: Partial<TSignalTask> = {}): TSignalTask => ({
  id: "t1",
  title: "Rà soát quy chế",
  leadUnitId: "dd",
  status: "IN_PROGRESS",
  ...over,
});

/** Step s1 of task t1, owned by Lan, due at the end of Thursday 12/11/2026. */
export const step = (over: Partial<TSignalStep> = {}): TSignalStep => ({
  id: "s1",
  taskId: "t1",
  name: "Xử lý, dự thảo",
  kind: "HANDLE",
  ownerId: "lan",
  unitId: "dd",
  status: "IN_PROGRESS",
  deadline: eod("2026-11-12"),
  originalDeadline: eod("2026-11-12"),
  completedAt: null,
  lastActivityAt: hn("2026-11-10T09:00"),
  ...over,
});

type TEventOf<K extends TEventKind> = Extract<TSignalEvent, { kind: K }>;
const instant = eod("2026-11-12").toISOString();
const handedOver = { from: "lan", to: "binh", fromUnitId: "dd", toUnitId: "dd" };

/** A payload of each kind, as lib/server writes it, for events whose payload a test does not care about. */
const samplePayloads: { [K in TEventKind]: TEventOf<K>["payload"] } = {
  DIRECTIVE_CREATED: { number: "1251/BHXH-TCCB", kind: "CONG_VAN", implementsId: null },
  TASK_CREATED: {
    point: "1a",
    leadUnitId: "dd",
    coordinatingUnitIds: [],
    deadline: instant,
    parentTaskId: null,
    templateId: null,
  },
  TASK_UPDATED: { field: "deadline", previousDeadline: instant, newDeadline: instant },
  TASK_COMPLETED: { result: "done", lastStepId: "s1" },
  STEP_ASSIGNED: { to: "lan", toUnitId: "dd", deadline: instant },
  STEP_STARTED: {},
  STEP_PROGRESS: { note: "progress" },
  STEP_COMPLETED: { result: "done" },
  STEP_REASSIGNED: handedOver,
  STEP_RETURNED: { from: "lan", fromUnitId: "dd" },
  RETURN_UPHELD: handedOver,
  RETURN_OVERRULED: { returnedBy: "lan" },
  EXTENSION_REQUESTED: { requestId: "x1", previousDeadline: instant, requestedDeadline: instant },
  EXTENSION_APPROVED: { requestId: "x1", previousDeadline: instant, newDeadline: instant },
  EXTENSION_REJECTED: { requestId: "x1", previousDeadline: instant },
  ESCALATED: { escalationId: "esc1", fromUnitId: "dd", toUnitId: "tc" },
  CONSULTATION_REQUESTED: { targetUnitId: null, targetUserId: "minh", responseDeadline: instant },
  CONSULTATION_ANSWERED: { position: "AGREE", late: false },
  CONSULTATION_MARKED_VAGUE: { answeredById: "minh" },
  CALENDAR_CHANGED: { date: "2026-11-12", kind: "HOLIDAY", name: "holiday", op: "ADD" },
  TEMPLATE_CHANGED: { op: "CREATED", templateId: "tpl1", name: "template", unitId: null },
};

/** Event `seq` of kind `kind` on step s1 of task t1, with the kind's sample payload unless `over` gives one. */
export const event = <K extends TEventKind>(
  seq: number,
  kind: K,
  over: Partial<Omit<TEventOf<K>, "kind">> = {},
): TEventOf<K> =>
  ({
    id: `e${seq}`,
    seq,
    at: hn(`2026-11-0${Math.min(seq, 9)}T09:00`),
    kind,
    actorId: null,
    taskId: "t1",
    stepId: "s1",
    consultationId: null,
    payload: samplePayloads[kind],
    reason: null,
    ...over,
  }) as TEventOf<K>;

/** A handover event from `from` to `to`, done by `actor` (units as the people's). */
export const handover = (
  seq: number,
  from: string | null,
  to: string,
  actor: string,
  kind: "STEP_ASSIGNED" | "STEP_REASSIGNED" | "RETURN_UPHELD" = "STEP_REASSIGNED",
): TSignalEvent => {
  const unitOf = (id: string) => users.find((u) => u.id === id)!.unitId;
  if (kind === "STEP_ASSIGNED" || from == null) {
    return event(seq, "STEP_ASSIGNED", { actorId: actor, payload: { to, toUnitId: unitOf(to), deadline: instant } });
  }
  return event(seq, kind, { actorId: actor, payload: { from, to, fromUnitId: unitOf(from), toUnitId: unitOf(to) } });
};

export const consultation = (over: Partial<TSignalConsultation> = {}): TSignalConsultation => ({
  id: "c1",
  stepId: "s1",
  requesterId: "lan",
  targetUnitId: null,
  targetUserId: "minh",
  responseDeadline: eod("2026-11-05"),
  answeredById: null,
  answeredAt: null,
  isVague: false,
  vagueReason: null,
  markedVagueAt: null,
  ...over,
});

export const extensionRequest = (over: Partial<TSignalExtensionRequest> = {}): TSignalExtensionRequest => ({
  id: "x1",
  stepId: "s1",
  requesterId: "lan",
  previousDeadline: eod("2026-11-12"),
  requestedDeadline: eod("2026-11-20"),
  status: "PENDING",
  createdAt: hn("2026-11-11T09:00"),
  ...over,
});

export const input = (over: Partial<TSignalInput> = {}): TSignalInput => ({
  tasks: [task()],
  steps: [step()],
  events: [],
  consultations: [],
  extensionRequests: [],
  users,
  units,
  ...over,
});
