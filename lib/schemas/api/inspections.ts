import { z } from "zod";
import { checklistResults } from "../checklist";
import { findingSeverities } from "../finding";
import { inspectionKinds, inspectionStatuses } from "../inspection";
import { ZApiId, ZInstant, ZLocalDay, ZPersonRef, ZUnitRef } from "./common";

const ZTaskProgress = z.object({
  id: ZApiId,
  title: z.string(),
  status: z.string(),
  deadline: ZInstant,
  completedAt: ZInstant.nullable(),
  leadUnit: ZUnitRef,
  steps: z.array(
    z.object({
      id: ZApiId,
      name: z.string(),
      status: z.string(),
      deadline: ZInstant,
      completedAt: ZInstant.nullable(),
      owner: ZPersonRef,
    }),
  ),
});

export const ZApiInspection = z
  .object({
    id: ZApiId,
    kind: z.enum(inspectionKinds),
    status: z.enum(inspectionStatuses),
    access: z.enum(["inspecting", "inspected"]).meta({ description: "openapi.schemas.inspectionAccess" }),
    plan: z.object({ id: ZApiId, year: z.number().int(), title: z.string() }).nullable(),
    inspectingUnit: ZUnitRef,
    inspectedUnit: ZUnitRef,
    periodFrom: ZLocalDay,
    periodTo: ZLocalDay,
    subject: z.string(),
    startsOn: ZLocalDay,
    endsOn: ZLocalDay,
    startedAt: ZInstant.nullable(),
    concludedAt: ZInstant.nullable(),
    team: z.array(z.object({ role: z.enum(["LEAD", "MEMBER"]), user: ZPersonRef })),
    checklist: z
      .object({
        id: ZApiId,
        title: z.string(),
        items: z.array(
          z.object({
            id: ZApiId,
            text: z.string(),
            citation: z.string(),
            answer: z.object({ result: z.enum(checklistResults), note: z.string(), answeredAt: ZInstant }).nullable(),
          }),
        ),
      })
      .nullable(),
    findings: z.array(
      z.object({
        id: ZApiId,
        severity: z.enum(findingSeverities),
        description: z.string(),
        createdAt: ZInstant,
        links: z.array(z.object({ kind: z.enum(["task", "step", "signal", "event", "user"]), id: ZApiId })),
      }),
    ),
    conclusion: z
      .object({
        id: ZApiId,
        number: z.string(),
        directiveId: ZApiId,
        summary: z.string(),
        issuedAt: ZInstant,
        recommendations: z.array(z.object({ id: ZApiId, position: z.number().int(), task: ZTaskProgress })),
      })
      .nullable(),
  })
  .meta({ title: "Inspection" });

export const ZApiInspectionSummary = ZApiInspection.omit({ checklist: true, findings: true, conclusion: true }).meta({
  title: "InspectionSummary",
});

export const ZInspectionListQuery = z.object({
  mine: z.enum(["true", "false"]).optional().meta({ description: "openapi.schemas.inspectionMine" }),
  unitId: ZApiId.optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .optional(),
});

export const ZApiCreatedFinding = z.object({ id: ZApiId, inspectionId: ZApiId });

export const ZApiIssuedConclusion = z.object({
  id: ZApiId,
  directiveId: ZApiId,
  recommendations: z.array(z.object({ recommendationId: ZApiId, taskId: ZApiId })),
});
