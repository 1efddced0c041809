import type { TClassification } from "../classification";

/** One step (or task) in the list behind a roll-up number, classified for its badge. */
export type TRollupListItem = {
  id: string;
  taskId: string;
  taskTitle: string;
  point: string | null;
  directiveNumber: string;
  /** Null when the list counts tasks. */
  stepName: string | null;
  owner: { id: string; name: string } | null;
  unitName: string;
  deadline: Date;
  originalDeadline: Date;
  completedAt: Date | null;
  classification: TClassification;
};
