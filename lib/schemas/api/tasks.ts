import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { classificationCategories } from "@/lib/domain/classification/classification-category";
import { priorities } from "@/lib/schemas/task";
import { stepKinds } from "@/lib/schemas/template";
import { singleLineText } from "../text";
import { ZApiId, ZCursorParam, ZInstant, ZLimitParam, ZLocalDay, ZPersonRef, ZUnitRef } from "./common";

const taskStatuses = ["OPEN", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
const stepStatuses = ["PENDING", "TODO", "IN_PROGRESS", "RETURNED", "DONE"] as const;
const stepActions = [
  "start",
  "progress",
  "complete",
  "return",
  "request-extension",
  "consult",
  "reassign",
  "rule",
  "decide-extension",
  "escalate",
] as const;

/** The category at the time of the request, with the working days that go with it. */
export const ZApiClassification = z.object({
  category: z.enum(classificationCategories),
  isExtended: z.boolean(),
  workingDaysLeft: z.number().int().optional(),
  workingDaysOverdue: z.number().int().optional(),
  workingDaysLate: z.number().int().optional(),
});

/** A step as stored: what every step action returns, with the version to send with the next one. */
export const ZApiStepState = z.object({
  id: ZApiId,
  taskId: ZApiId,
  order: z.number().int(),
  name: z.string(),
  kind: z.enum(stepKinds),
  status: z.enum(stepStatuses),
  ownerId: ZApiId,
  unitId: ZApiId,
  deadline: ZInstant,
  originalDeadline: ZInstant,
  startedAt: ZInstant.nullable(),
  completedAt: ZInstant.nullable(),
  result: z.string().nullable(),
  lastActivityAt: ZInstant,
  version: z.number().int(),
});

export const ZApiConsultation = z.object({
  id: ZApiId,
  stepId: ZApiId,
  requesterId: ZApiId,
  targetUnitId: ZApiId.nullable(),
  targetUserId: ZApiId.nullable(),
  question: z.string(),
  responseDeadline: ZInstant,
  answer: z.string().nullable(),
  position: z.enum(["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"]).nullable(),
  answeredById: ZApiId.nullable(),
  answeredAt: ZInstant.nullable(),
  isVague: z.boolean(),
  vagueReason: z.string().nullable(),
  markedVagueAt: ZInstant.nullable(),
  createdAt: ZInstant,
});

export const ZApiExtensionRequest = z.object({
  id: ZApiId,
  stepId: ZApiId,
  requesterId: ZApiId,
  reason: z.string(),
  previousDeadline: ZInstant,
  requestedDeadline: ZInstant,
  status: z.enum(["PENDING", "APPROVED", "REJECTED"]),
  decidedById: ZApiId.nullable(),
  decidedAt: ZInstant.nullable(),
  decisionNote: z.string().nullable(),
  createdAt: ZInstant,
});

export const ZApiStep = ZApiStepState.extend({
  owner: ZPersonRef,
  /** Null while the step is not reached yet (PENDING). */
  classification: ZApiClassification.nullable(),
  /** What the caller may do to this step now; "consult" is POST /steps/{id}/consultations. */
  allowedActions: z.array(z.enum(stepActions)),
  consultations: z.array(ZApiConsultation),
  extensionRequests: z.array(ZApiExtensionRequest),
});

export const ZApiTaskListItem = z.object({
  id: ZApiId,
  title: z.string(),
  point: z.string().nullable(),
  status: z.enum(taskStatuses),
  priority: z.enum(priorities),
  deadline: ZInstant,
  originalDeadline: ZInstant,
  completedAt: ZInstant.nullable(),
  directive: z.object({ id: ZApiId, number: z.string() }),
  leadUnit: ZUnitRef,
  classification: ZApiClassification,
});

export const ZApiTask = ZApiTaskListItem.extend({
  /** The weight of its steps in their owners' evaluations, when set on the task (else the scheme's). */
  evaluationWeight: z.number().nullable(),
  description: z.string().nullable(),
  expectedResult: z.string().nullable(),
  result: z.string().nullable(),
  parentTaskId: ZApiId.nullable(),
  templateId: ZApiId.nullable(),
  assigner: ZPersonRef,
  coordinatingUnits: z.array(ZUnitRef),
  version: z.number().int(),
  createdAt: ZInstant,
  updatedAt: ZInstant,
  steps: z.array(ZApiStep),
});

/** A new task, with the warnings that did not block it (e.g. the last step is due after the task). */
export const ZApiCreatedTask = ZApiTask.extend({ warnings: z.array(z.string()) });

export const ZTaskListQuery = z
  .object({
    q: singleLineText("searchWords")
      .max(200, vm("api.searchMax", { max: 200 }))
      .optional()
      .meta({
        description: "openapi.schemas.taskQuery",
      }),
    directive: ZApiId.optional().meta({ description: "openapi.schemas.taskDirective" }),
    unit: ZApiId.optional().meta({ description: "openapi.schemas.taskUnit" }),
    owner: ZApiId.optional().meta({ description: "openapi.schemas.taskOwner" }),
    state: z.enum(classificationCategories).optional().meta({ description: "openapi.schemas.taskState" }),
    status: z.enum(taskStatuses).optional(),
    deadlineFrom: ZLocalDay.optional().meta({ description: "openapi.schemas.taskDeadlineFrom" }),
    deadlineTo: ZLocalDay.optional().meta({ description: "openapi.schemas.taskDeadlineTo" }),
    cursor: ZCursorParam,
    limit: ZLimitParam(100, 50),
  })
  .refine((q) => !q.deadlineFrom || !q.deadlineTo || q.deadlineFrom <= q.deadlineTo, {
    ...vm("api.period"),
    path: ["deadlineTo"],
  });

export const ZApiEvent = z.object({
  id: ZApiId,
  seq: z.number().int(),
  at: ZInstant,
  kind: z.string(),
  actor: ZPersonRef.nullable(),
  /** The principal when the actor acted as their deputy (ủy quyền); null otherwise. */
  onBehalfOf: ZPersonRef.nullable(),
  taskId: ZApiId.nullable(),
  stepId: ZApiId.nullable(),
  consultationId: ZApiId.nullable(),
  payload: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
});

export const ZEventListQuery = z.object({ cursor: ZCursorParam, limit: ZLimitParam(200, 100) });
