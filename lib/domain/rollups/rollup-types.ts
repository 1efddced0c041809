import type { TSignal } from '../signals/signal';

/** A step (or a task) as the roll-ups count it. */
export type TRollupItem = {
  id: string;
  /** The item's task (a task's own id when the item is a task). */
  taskId: string;
  directiveId: string;
  /** The accountable person (a step's owner); null for a task, which no 'person' group counts. */
  personId: string | null;
  unitId: string;
  /** Materialised path of `unitId`, "/root/…/unit/". */
  unitPath: string;
  /** Current deadline, after approved extensions: it decides the category. */
  deadline: Date;
  /** The deadline first set, kept for reporting. */
  originalDeadline: Date;
  completedAt: Date | null;
};

/** What the roll-ups read from a signal; `countsAgainstPerson` comes from applyAnswers (absent = counts). */
export type TRollupSignal = Pick<
  TSignal,
  'key' | 'kind' | 'subjectUserId' | 'unitId' | 'taskId' | 'stepId' | 'consultationId' | 'since'
> & { countsAgainstPerson?: boolean };

/** A half-open period [from, to). */
export type TPeriod = { from: Date; to: Date };

export type TRollupBy = 'person' | 'unit' | 'directive' | 'month';
