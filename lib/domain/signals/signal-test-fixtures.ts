import { buildCalendar } from '../calendar/build-calendar';
import { defaultHolidays } from '../calendar/default-holidays';
import { endOfLocalDay } from '../calendar/end-of-local-day';
import type {
  TEventKind, TSignalConsultation, TSignalEvent, TSignalExtensionRequest, TSignalInput, TSignalStep,
  TSignalTask,
} from './signal-input';
import type { TSignalPolicy } from './signal-policy';

/** Shared test data for the signal tests (not a test file itself). */
export const cal = buildCalendar(defaultHolidays);
export const policy: TSignalPolicy = {
  dueSoonWorkingDays: 2, stalledAfterWorkingDays: 5, pingPongReassignments: 3, escalationLadder: [2, 5, 10],
};
/** 'YYYY-MM-DDTHH:mm' in Hà Nội. */
export const hn = (local: string) => new Date(`${local}:00+07:00`);
export const eod = endOfLocalDay;
export const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

export const users = [
  { id: 'lan', name: 'Nguyễn Thị Lan', unitId: 'dd' },
  { id: 'binh', name: 'Trần Văn Bình', unitId: 'dd' },
  { id: 'hung', name: 'Lê Văn Hùng', unitId: 'dd' },
  { id: 'minh', name: 'Phạm Văn Minh', unitId: 'tc' },
  { id: 'an', name: 'Đỗ Thị An', unitId: 'dd' },
];
export const units = [
  { id: 'dd', name: 'BHXH quận Đống Đa' },
  { id: 'tc', name: 'Vụ Tài chính' },
];

export const task = (over: Partial<TSignalTask> = {}): TSignalTask => ({
  id: 't1', title: 'Rà soát quy chế', leadUnitId: 'dd', status: 'IN_PROGRESS', ...over,
});

/** Step s1 of task t1, owned by Lan, due at the end of Thursday 12/11/2026. */
export const step = (over: Partial<TSignalStep> = {}): TSignalStep => ({
  id: 's1', taskId: 't1', name: 'Xử lý, dự thảo', kind: 'HANDLE', ownerId: 'lan', unitId: 'dd',
  status: 'IN_PROGRESS', deadline: eod('2026-11-12'), originalDeadline: eod('2026-11-12'),
  completedAt: null, lastActivityAt: hn('2026-11-10T09:00'), ...over,
});

export const event = (seq: number, kind: TEventKind, over: Partial<TSignalEvent> = {}): TSignalEvent => ({
  id: `e${seq}`, seq, at: hn(`2026-11-0${Math.min(seq, 9)}T09:00`), kind, actorId: null, taskId: 't1',
  stepId: 's1', consultationId: null, payload: {}, reason: null, ...over,
});

/** A handover event from `from` to `to`, done by `actor`. */
export const handover = (
  seq: number, from: string | null, to: string, actor: string,
  kind: TEventKind = 'STEP_REASSIGNED',
): TSignalEvent => event(seq, kind, { actorId: actor, payload: { from, to } });

export const consultation = (over: Partial<TSignalConsultation> = {}): TSignalConsultation => ({
  id: 'c1', stepId: 's1', requesterId: 'lan', targetUnitId: null, targetUserId: 'minh',
  responseDeadline: eod('2026-11-05'), answeredById: null, answeredAt: null, isVague: false,
  vagueReason: null, markedVagueAt: null, ...over,
});

export const extensionRequest = (over: Partial<TSignalExtensionRequest> = {}): TSignalExtensionRequest => ({
  id: 'x1', stepId: 's1', requesterId: 'lan', previousDeadline: eod('2026-11-12'),
  requestedDeadline: eod('2026-11-20'), status: 'PENDING', createdAt: hn('2026-11-11T09:00'), ...over,
});

export const input = (over: Partial<TSignalInput> = {}): TSignalInput => ({
  tasks: [task()], steps: [step()], events: [], consultations: [], extensionRequests: [], users, units,
  ...over,
});
