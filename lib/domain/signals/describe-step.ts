import type { TSignalStep, TSignalTask } from './signal-input';

/** '«Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế»)', written after the word "khâu". */
export function describeStep(step: Pick<TSignalStep, 'name'>, task: Pick<TSignalTask, 'title'>): string {
  return `«${step.name}» (nhiệm vụ «${task.title}»)`;
}
