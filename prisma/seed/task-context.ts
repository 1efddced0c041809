import type { TDemoEvent, TDemoModel } from './demo-model.ts';
import type { TSeedClock } from './seed-clock.ts';
import type { TTaskSpec } from './task-spec.ts';

/** What the builders of one demo task's parts (open step, consultations, extension) share. */
export type TTaskContext = {
  model: TDemoModel;
  clock: TSeedClock;
  spec: TTaskSpec;
  taskId: string;
  stepIds: string[];
  emit(event: Omit<TDemoEvent, 'taskId' | 'directiveId'>): void;
  person(key: string): { id: string; unitId: string };
};
