import type { ConsultationPosition, Priority } from "../../lib/server/db/generated/client.ts";

/**
 * A task of the demo, declared relative to today. Offsets (`due`, `on`) count working days
 * from today: -3 is three working days ago, 0 is today, 2 the second working day ahead.
 * Times are 'HH:MM' in Asia/Ho_Chi_Minh. All history lies before today.
 */
export type TTaskSpec = {
  /** Stable key for the stories and for parent links, e.g. '1251-2a-DD'. */
  key: string;
  directive: string;
  point: string;
  parent?: string;
  template: "VB" | "BC" | "KNTC" | "QT";
  lead: string;
  coordinators?: string[];
  assigner: string;
  priority?: Priority;
  title: string;
  description?: string;
  expectedResult: string;
  /** The first owner of each template step, in order. */
  owners: string[];
  /** Index of the open step; `owners.length` when the task is completed. */
  active: number;
  /** Status of the open step (default IN_PROGRESS). */
  status?: "TODO" | "IN_PROGRESS";
  /** Working-day offset of the open step's current deadline, or of the last step's when completed. */
  due: number;
  /** That deadline as a date, when it is one a rule fixed rather than an offset (a recurrence's day 20). */
  dueDate?: string;
  /** The day the task was issued, when a rule fixed it (a recurrence's creation day); else worked back. */
  issueDate?: string;
  /** Offset of the day a done step was completed, when not the default (on time). */
  doneOn?: Record<number, number>;
  startedOn?: TWhen;
  progress?: Array<TWhen & { note: string }>;
  handovers?: THandover[];
  consults?: TConsultSpec[];
  extension?: TExtensionSpec;
  escalation?: TWhen & { by: string; to: string; reason: string };
  result?: string;
};

export type TWhen = { on: number; at: string };

/** On the open step, in order: the owner returns it and a head rules, or a head reassigns it. */
export type THandover =
  | (TWhen & { kind: "RETURN"; reason: string })
  | (TWhen & { kind: "REASSIGN"; by: string; to: string; reason: string })
  | (TWhen & { kind: "UPHOLD"; by: string; to: string; reason: string })
  | (TWhen & { kind: "OVERRULE"; by: string; reason: string });

export type TConsultSpec = TWhen & {
  /** Step index; the open step by default. The requester is that step's owner. */
  step?: number;
  toUnit: string;
  toUser?: string;
  question: string;
  /** Working days the target has to answer. */
  days: number;
  answer?: TWhen & { by: string; text: string; position: ConsultationPosition };
  vague?: TWhen & { reason: string };
};

export type TExtensionSpec = TWhen & {
  status: "PENDING" | "APPROVED" | "REJECTED";
  /** Working days asked for, counted from the deadline in force when asked. */
  days: number;
  reason: string;
  decision?: TWhen & { by: string; note: string };
};
