import { z } from "zod";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import { ZCalendarEntry } from "./calendar";
import { directiveKinds } from "./directive-kinds";
import { ZAnswerConsultation } from "./step-actions";
import { evaluationGrades, ZEvaluationScheme, ZProductMarks } from "./evaluations";
import { stepKinds } from "./step-kinds";
import { positions, roles } from "./people-roles";
import { unitLevels } from "./unit-levels";

// The payload of each kind of audit event (Event.payload, a jsonb column), as the app writes
// it (lib/server, through recordEvent / recordTaskEvent) and as the demo seed and the bench
// generator write it too. Readers take the type from here instead of guessing a shape.
// Strict objects: a key that is not listed is a writer drifting from its readers.

const ZId = z.string().min(1);
/** An instant as Date.toISOString() writes it (the generator's bench_iso writes the same). */
const ZInstant = z.iso.datetime();
/** Work handed from one holder to the next: who and which unit, before and after. */
const handover = { from: ZId, to: ZId, fromUnitId: ZId, toUnitId: ZId };
const deadlineMove = { requestId: ZId, previousDeadline: ZInstant };
const signalRef = { signalId: ZId, key: z.string().min(1), kind: z.enum(signalKinds), answerId: ZId };
const evaluationRef = { evaluationId: ZId, userId: ZId, periodKey: z.string() };
const apiTokenRef = { tokenId: ZId, name: z.string(), prefix: z.string() };

/** A unit's administered fields, as they were before or are after an UNIT_CHANGED event. */
const unitFields = z.strictObject({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(unitLevels),
  parentId: ZId.nullable(),
});

/** A person's administered fields, as they were before or are after an USER_CHANGED event. */
const userFields = z.strictObject({
  name: z.string(),
  email: z.string(),
  employeeCode: z.string().nullable(),
  title: z.string().nullable(),
  position: z.enum(positions),
  roles: z.array(z.enum(roles)),
  unitId: ZId,
  isActive: z.boolean(),
});

const inspectionStatus = z.enum(["PLANNED", "IN_PROGRESS", "CONCLUDED"]);

const of = <K extends string, P extends z.ZodType>(kind: K, payload: P) => z.object({ kind: z.literal(kind), payload });

/** An event's kind with its payload, discriminated by the kind (prisma/schema.prisma, enum EventKind). */
export const ZEventPayload = z.discriminatedUnion("kind", [
  of(
    "DIRECTIVE_CREATED",
    z.strictObject({ number: z.string(), kind: z.enum(directiveKinds), implementsId: ZId.nullable() }),
  ),
  of(
    "TASK_CREATED",
    z.strictObject({
      point: z.string().nullable(),
      leadUnitId: ZId,
      coordinatingUnitIds: z.array(ZId),
      /** The task's deadline when it was assigned. */
      deadline: ZInstant,
      parentTaskId: ZId.nullable(),
      // Null for a task not laid out from a template: the generated ones (Task.templateId is nullable).
      templateId: ZId.nullable(),
      /** Set on a recurrence's instance: the task was created by the job, not by a person's form. */
      recurrenceId: ZId.optional(),
      recurrencePeriod: z.string().optional(),
      /** Set on a task brought in from an office's backlog (Import.id), with its code there. */
      importId: ZId.optional(),
      importRef: z.string().optional(),
    }),
  ),
  /** An import of the backlog taken back: its task is cancelled, nobody having acted on it. */
  of("IMPORT_UNDONE", z.strictObject({ importId: ZId })),
  // Written only by the demo seed and the bench generator, after an approved extension moved
  // the task's deadline; the app moves it without an event of its own (decideExtension).
  of(
    "TASK_UPDATED",
    z.strictObject({ field: z.literal("deadline"), previousDeadline: ZInstant, newDeadline: ZInstant }),
  ),
  of("TASK_COMPLETED", z.strictObject({ result: z.string(), lastStepId: ZId })),
  of("STEP_ASSIGNED", z.strictObject({ to: ZId, toUnitId: ZId, deadline: ZInstant })),
  // No key at all (typed Record<string, never>, where an empty object type would accept anything).
  of("STEP_STARTED", z.record(z.string(), z.never())),
  of("STEP_PROGRESS", z.strictObject({ note: z.string() })),
  of("STEP_COMPLETED", z.strictObject({ result: z.string() })),
  of("STEP_REASSIGNED", z.strictObject(handover)),
  of("STEP_RETURNED", z.strictObject({ from: ZId, fromUnitId: ZId })),
  /** The head named someone else: the handover itself, so no STEP_REASSIGNED follows. */
  of("RETURN_UPHELD", z.strictObject(handover)),
  /** The step goes back to the person who returned it. */
  of("RETURN_OVERRULED", z.strictObject({ returnedBy: ZId })),
  of("EXTENSION_REQUESTED", z.strictObject({ ...deadlineMove, requestedDeadline: ZInstant })),
  of("EXTENSION_APPROVED", z.strictObject({ ...deadlineMove, newDeadline: ZInstant })),
  of("EXTENSION_REJECTED", z.strictObject(deadlineMove)),
  of("STEP_DEADLINE_SHIFTED", z.strictObject({ ...deadlineMove, extendedStepId: ZId, newDeadline: ZInstant })),
  of("ESCALATED", z.strictObject({ escalationId: ZId, fromUnitId: ZId, toUnitId: ZId })),
  of(
    "CONSULTATION_REQUESTED",
    z.strictObject({ targetUnitId: ZId.nullable(), targetUserId: ZId.nullable(), responseDeadline: ZInstant }),
  ),
  of("CONSULTATION_ANSWERED", z.strictObject({ position: ZAnswerConsultation.shape.position, late: z.boolean() })),
  of("CONSULTATION_MARKED_VAGUE", z.strictObject({ answeredById: ZId.nullable() })),
  of(
    "CALENDAR_CHANGED",
    z.strictObject({
      date: ZCalendarEntry.shape.date,
      kind: ZCalendarEntry.shape.kind,
      name: z.string(),
      op: z.enum(["ADD", "REMOVE"]),
    }),
  ),
  /** Events have no template column: the payload names the template and, for writes, the steps as saved. */
  of(
    "TEMPLATE_CHANGED",
    z.strictObject({
      op: z.enum(["CREATED", "UPDATED", "DELETED", "DEACTIVATED", "REACTIVATED"]),
      templateId: ZId,
      name: z.string(),
      unitId: ZId.nullable(),
      steps: z.array(z.strictObject({ name: z.string(), kind: z.enum(stepKinds), days: z.number().int() })).optional(),
    }),
  ),
  of("SIGNAL_ANSWERED", z.strictObject(signalRef)),
  of("SIGNAL_ANSWER_ACCEPTED", z.strictObject({ ...signalRef, subjectUserId: ZId.nullable() })),
  of("SIGNAL_ANSWER_REJECTED", z.strictObject({ ...signalRef, subjectUserId: ZId.nullable() })),
  /** Never the secret or its hash. */
  of("API_TOKEN_CREATED", z.strictObject({ ...apiTokenRef, expiresAt: ZInstant })),
  of("API_TOKEN_REVOKED", z.strictObject(apiTokenRef)),
  /**
   * Events have no unit column: the payload names the unit, its fields before (null when
   * created) and after, and for a closing the successor and what moved to it.
   */
  of(
    "UNIT_CHANGED",
    z.strictObject({
      op: z.enum(["CREATED", "UPDATED", "MOVED", "CLOSED"]),
      unitId: ZId,
      previous: unitFields.nullable(),
      unit: unitFields,
      successorId: ZId.nullable(),
      peopleMoved: z.number().int().min(0),
      childUnitsMoved: z.number().int().min(0),
      tasksHandedOver: z.number().int().min(0),
      /** Set when the change came from an import (Import.id): the file is its reason. */
      importId: ZId.optional(),
    }),
  ),
  /**
   * One task's open work moved from a closing unit to its successor: its open steps, the
   * unanswered consultations and unresolved escalations addressed to the unit, and the lead if
   * it was the unit's. Written in bulk by closeUnit, one per task.
   */
  of(
    "WORK_HANDED_TO_SUCCESSOR",
    z.strictObject({
      fromUnitId: ZId,
      toUnitId: ZId,
      stepIds: z.array(ZId),
      consultationIds: z.array(ZId),
      escalationIds: z.array(ZId),
      leadMoved: z.boolean(),
    }),
  ),
  /** Never a password or its hash. `stepsHandedOver`: open steps handed to others first (STEP_REASSIGNED each). */
  of(
    "USER_CHANGED",
    z.strictObject({
      op: z.enum(["CREATED", "UPDATED", "MOVED", "DEACTIVATED", "REACTIVATED"]),
      userId: ZId,
      previous: userFields.nullable(),
      user: userFields,
      stepsHandedOver: z.number().int().min(0),
      /** Set when the change came from an import (Import.id): the file is its reason. */
      importId: ZId.optional(),
    }),
  ),
  /** Events have no recurrence column: the payload names it. */
  of(
    "RECURRENCE_CHANGED",
    z.strictObject({
      op: z.enum(["CREATED", "STOPPED"]),
      recurrenceId: ZId,
      title: z.string(),
      leadUnitId: ZId,
      frequency: z.enum(["MONTHLY", "QUARTERLY", "YEARLY"]),
    }),
  ),
  /** Events have no inspection column: the payload names the plan or the inspection. */
  of("INSPECTION_PLAN_CREATED", z.strictObject({ planId: ZId, inspectingUnitId: ZId, year: z.number().int() })),
  of(
    "INSPECTION_CREATED",
    z.strictObject({
      inspectionId: ZId,
      kind: z.enum(["PLANNED", "SURPRISE"]),
      planId: ZId.nullable(),
      inspectingUnitId: ZId,
      inspectedUnitId: ZId,
      leadUserId: ZId,
      memberUserIds: z.array(ZId),
    }),
  ),
  of(
    "INSPECTION_UPDATED",
    z.strictObject({
      inspectionId: ZId,
      /** The fields the change touched (team changes name leadUserId / memberUserIds). */
      fields: z.array(z.string()),
      previousStatus: inspectionStatus,
      status: inspectionStatus,
    }),
  ),
  of(
    "CHECKLIST_CHANGED",
    z.strictObject({
      checklistId: ZId,
      op: z.enum(["CREATED", "UPDATED"]),
      title: z.string(),
      itemsAdded: z.array(ZId),
      itemsEdited: z.array(ZId),
      itemsArchived: z.array(ZId),
    }),
  ),
  of(
    "INSPECTION_ITEM_ANSWERED",
    z.strictObject({
      inspectionId: ZId,
      itemId: ZId,
      result: z.enum(["MET", "NOT_MET", "NOT_APPLICABLE"]),
      previousResult: z.enum(["MET", "NOT_MET", "NOT_APPLICABLE"]).nullable(),
    }),
  ),
  of(
    "INSPECTION_FINDING_ADDED",
    z.strictObject({
      inspectionId: ZId,
      findingId: ZId,
      severity: z.enum(["MINOR", "MODERATE", "SERIOUS"]),
      links: z.array(z.strictObject({ kind: z.enum(["task", "step", "signal", "event", "user"]), id: ZId })),
    }),
  ),
  of(
    "INSPECTION_CONCLUDED",
    z.strictObject({
      inspectionId: ZId,
      conclusionId: ZId,
      directiveId: ZId,
      number: z.string(),
      recommendations: z.array(z.strictObject({ recommendationId: ZId, taskId: ZId })),
    }),
  ),
  /** Sign-in and passwords: never a password, a hash or a second-factor secret. */
  of("PASSWORD_CHANGED", z.strictObject({})),
  of("PASSWORD_RESET_BY_ADMIN", z.strictObject({ userId: ZId })),
  /** The account when one has the typed e-mail (null otherwise: what was typed is not kept). */
  of("SIGN_IN_FAILED", z.strictObject({ userId: ZId.nullable(), factor: z.enum(["password", "totp"]) })),
  of("TOTP_ENROLLED", z.strictObject({})),
  of(
    "SSO_SIGN_IN_REFUSED",
    z.strictObject({
      matchField: z.enum(["email", "employeeCode"]),
      value: z.string(),
      reason: z.enum(["unknown", "inactive", "no-claim"]),
    }),
  ),
  of(
    "DELEGATION_CREATED",
    z.strictObject({
      delegationId: ZId,
      principalId: ZId,
      deputyId: ZId,
      scope: z.enum(["STEPS", "HEAD_DECISIONS"]),
      startsOn: z.string(),
      endsOn: z.string(),
    }),
  ),
  of(
    "DELEGATION_REVOKED",
    z.strictObject({
      delegationId: ZId,
      principalId: ZId,
      deputyId: ZId,
      scope: z.enum(["STEPS", "HEAD_DECISIONS"]),
    }),
  ),
  /** The evaluation (Decree 335/2025): the scheme, the assessment flow, added products, decisions. */
  of("EVALUATION_SCHEME_CHANGED", z.strictObject({ before: ZEvaluationScheme, after: ZEvaluationScheme })),
  of("EVALUATION_SELF_ASSESSED", z.strictObject({ ...evaluationRef, selfGeneralPoints: z.number() })),
  of(
    "EVALUATION_ASSESSED",
    z.strictObject({
      ...evaluationRef,
      generalPoints: z.number(),
      taskPoints: z.number(),
      total: z.number(),
      grade: z.enum(evaluationGrades),
      marks: ZProductMarks,
    }),
  ),
  of("EVALUATION_APPROVED", z.strictObject({ ...evaluationRef, total: z.number(), grade: z.enum(evaluationGrades) })),
  of(
    "EVALUATION_CORRECTED",
    z.strictObject({
      ...evaluationRef,
      before: z.strictObject({ total: z.number(), grade: z.enum(evaluationGrades), generalPoints: z.number() }),
      after: z.strictObject({ total: z.number(), grade: z.enum(evaluationGrades), generalPoints: z.number() }),
      marks: ZProductMarks,
    }),
  ),
  of(
    "EVALUATION_PRODUCT_ADDED",
    z.strictObject({ productId: ZId, userId: ZId, periodKey: z.string(), weight: z.number() }),
  ),
  of(
    "EVALUATION_PRODUCT_REVIEWED",
    z.strictObject({ productId: ZId, userId: ZId, periodKey: z.string(), confirmed: z.boolean() }),
  ),
  of(
    "PERSONNEL_DECISION_RECORDED",
    z.strictObject({
      decisionId: ZId,
      userId: ZId,
      kind: z.enum(["REVIEW", "COMMENDATION", "REWARD"]),
      documentNumber: z.string(),
      periodKey: z.string().nullable(),
      evidence: z.strictObject({
        signalIds: z.array(ZId),
        eventIds: z.array(ZId),
        evaluationIds: z.array(ZId),
      }),
    }),
  ),
  of(
    "SIGN_IN_THROTTLED",
    z.strictObject({ userId: ZId.nullable(), scope: z.enum(["account", "address"]), minutes: z.number().int() }),
  ),
]);

export type TEventPayload = z.infer<typeof ZEventPayload>;
export type TEventKind = TEventPayload["kind"];
export type TPayloadOf<K extends TEventKind> = Extract<TEventPayload, { kind: K }>["payload"];
