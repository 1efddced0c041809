import { msg } from "../../i18n/message";
import type { TTaskStatus } from "../signals/signal-input";
import type { TRulingWith } from "./ruling";

/**
 * No step of a cancelled task can be acted on, whoever asks and whatever the step's own state.
 * Asked before the action's own rule (canPerformStepAction).
 */
export function canActOnTask(task: { status: TTaskStatus }): TRulingWith<"INVALID_STATE"> {
  if (task.status === "CANCELLED") return { ok: false, code: "INVALID_STATE", message: msg("errors.taskCancelled") };
  return { ok: true };
}
