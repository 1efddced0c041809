import type { TEventPayload } from "../../lib/schemas/event-payloads.ts";
import type { TDemoEventColumns, TDemoModel } from "./demo-model.ts";
import type { TSeedClock } from "./seed-clock.ts";
import type { TTaskSpec } from "./task-spec.ts";

/** What the builders of one demo task's parts (open step, consultations, extension) share. */
export type TTaskContext = {
  model: TDemoModel;
  clock: TSeedClock;
  spec: TTaskSpec;
  taskId: string;
  stepIds: string[];
  emit(event: Omit<TDemoEventColumns, "taskId" | "directiveId"> & TEventPayload): void;
  person(key: string): { id: string; unitId: string };
};
