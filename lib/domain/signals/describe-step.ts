import { msg, type TMessage } from "../../i18n/message";
import type { TSignalStep, TSignalTask } from "./signal-input";

/** '«Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế»)', written after the word "khâu". */
export function describeStep(step: Pick<TSignalStep, "name">, task: Pick<TSignalTask, "title">): TMessage {
  return msg("domain.signals.step", { step: step.name, task: task.title });
}
