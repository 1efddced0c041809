import { msg, type TMessageValue } from "../../i18n/message";
import type { TSignalEvent, TSignalInput, TSignalStep, TSignalTask, TSignalUser } from "./signal-input";
import { groupBy } from "./group-by";

/** Look-ups shared by the detectors, built once per input. */
export type TSignalContext = {
  stepOf(stepId: string): TSignalStep;
  taskOf(taskId: string): TSignalTask;
  /** The person's name, or their id when the input did not name them; "không rõ" for nobody. */
  userName(userId: string): string;
  userName(userId: string | null): TMessageValue;
  unitName(unitId: string): string;
  unitName(unitId: string | null): TMessageValue;
  userOf(userId: string | null): TSignalUser | undefined;
  /** Events with this stepId, in `seq` order. */
  eventsOfStep(stepId: string): readonly TSignalEvent[];
  /** Events with this taskId, in `seq` order. */
  eventsOfTask(taskId: string): readonly TSignalEvent[];
  /** Events with this consultationId, in `seq` order. */
  eventsOfConsultation(consultationId: string): readonly TSignalEvent[];
};

const UNKNOWN = msg("domain.signals.unknown");

export function buildSignalContext(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "users" | "units">,
): TSignalContext {
  const steps = new Map(input.steps.map((s) => [s.id, s]));
  const tasks = new Map(input.tasks.map((t) => [t.id, t]));
  const users = new Map(input.users.map((u) => [u.id, u]));
  const units = new Map(input.units.map((u) => [u.id, u.name]));
  const sorted = [...input.events].sort((a, b) => a.seq - b.seq);
  const byStep = groupBy(sorted, (e) => e.stepId);
  const byTask = groupBy(sorted, (e) => e.taskId);
  const byConsultation = groupBy(sorted, (e) => e.consultationId);

  return {
    stepOf(stepId) {
      const step = steps.get(stepId);
      if (!step) throw new RangeError(`Step ${stepId} is referenced but not in the input`);
      return step;
    },
    taskOf(taskId) {
      const task = tasks.get(taskId);
      if (!task) throw new RangeError(`Task ${taskId} is referenced but not in the input`);
      return task;
    },
    userName: ((id: string | null) =>
      id == null ? UNKNOWN : (users.get(id)?.name ?? id)) as TSignalContext["userName"],
    unitName: ((id: string | null) => (id == null ? UNKNOWN : (units.get(id) ?? id))) as TSignalContext["unitName"],
    userOf: (id) => (id == null ? undefined : users.get(id)),
    eventsOfStep: (stepId) => byStep.get(stepId) ?? [],
    eventsOfTask: (taskId) => byTask.get(taskId) ?? [],
    eventsOfConsultation: (id) => byConsultation.get(id) ?? [],
  };
}
