import { z } from "zod";
import { ZApiId, ZInstant } from "./common";
import { ZApiExtensionRequest, ZApiStepState } from "./tasks";

export const ZApiEscalation = z.object({
  id: ZApiId,
  kind: z.enum(["MANUAL", "AUTOMATIC"]),
  level: z.number().int(),
  taskId: ZApiId,
  stepId: ZApiId.nullable(),
  fromUnitId: ZApiId,
  toUnitId: ZApiId,
  raisedById: ZApiId.nullable(),
  reason: z.string(),
  createdAt: ZInstant,
});

/** What a step action returns: the step's new state, and what the action created, if anything. */
export const ZApiStepActionResult = z.object({
  step: ZApiStepState,
  extensionRequest: ZApiExtensionRequest.optional(),
  escalation: ZApiEscalation.optional(),
  /** decide-extension: the later steps an approved extension moved, with the deadline each had before. */
  shiftedSteps: z.array(ZApiStepState.extend({ previousDeadline: ZInstant })).optional(),
});
